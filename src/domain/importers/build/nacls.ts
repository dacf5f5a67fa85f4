/**
 * Network ACLs in the subnets they are associated with. The network evaluation reads
 * a subnet's custom NACL from the subnet, else from its VPC, so a NACL shared by every
 * subnet of a VPC that has no other NACL is drawn once, directly in the VPC; any other
 * shared NACL is drawn in each of its subnets with the same rows (docs/import.md).
 * Subnets without an association keep the default NACL, which allows everything:
 * nothing is drawn for them.
 */
import type { RuleRow } from '../../document/types';
import { isCidrBlock } from '../../document/importValues';
import { MAX_NACL_RULE_NUMBER } from '../../document/ruleRows';
import { parsePorts, parseProtocol } from '../../net/ports';
import type { NaclEntry, SourceId } from '../model';
import type { BuildContext } from './context';
import { pushTo } from './multimap';
import { WHAT, drawnSubnet, vpcAbove } from './network';
import { REASONS, notes } from './texts';

const WHAT_ACL = { en: 'a network ACL', ja: 'ネットワーク ACL' };

function naclRow(entry: NaclEntry): RuleRow | undefined {
  const valid =
    Number.isInteger(entry.rule) &&
    entry.rule >= 1 &&
    entry.rule <= MAX_NACL_RULE_NUMBER &&
    parsePorts(entry.ports) !== undefined &&
    parseProtocol(entry.protocol) !== undefined &&
    isCidrBlock(entry.cidr);
  if (!valid) return undefined;
  const { rule, protocol, ports, cidr, action } = entry;
  return { rule, protocol, ports, cidr: cidr.trim(), action };
}

export function buildNacls(ctx: BuildContext): void {
  const entries = new Map<SourceId, NaclEntry[]>();
  const subnets = new Map<SourceId, string[]>();
  /** Every NACL a drawn subnet is associated with. */
  const aclsOfSubnet = new Map<string, Set<SourceId>>();
  const associate = (acl: SourceId, owner: SourceId, subnetRef: SourceId | undefined) => {
    const subnet = drawnSubnet(ctx, subnetRef);
    if (subnet === undefined) {
      ctx.nodeFor(owner, subnetRef, WHAT.subnet);
      return;
    }
    const list = subnets.get(acl) ?? [];
    if (!list.includes(subnet)) list.push(subnet);
    subnets.set(acl, list);
    const acls = aclsOfSubnet.get(subnet) ?? new Set();
    acls.add(acl);
    aclsOfSubnet.set(subnet, acls);
  };
  for (const acl of ctx.of['network-acl']) {
    entries.set(acl.id, [...acl.entries]);
    for (const s of acl.subnets) associate(acl.id, acl.id, s);
  }
  for (const e of ctx.of['network-acl-entry'])
    if (e.entry && e.acl !== undefined) entries.get(e.acl)?.push(e.entry);
  for (const a of ctx.of['network-acl-association'])
    if (a.acl !== undefined && entries.has(a.acl)) associate(a.acl, a.id, a.subnet);

  const subnetsOfVpc = new Map<string, string[]>();
  for (const node of ctx.nodes)
    if (node.kind === 'subnet' && node.parent !== undefined)
      pushTo(subnetsOfVpc, node.parent, node.id);
  const vpcsWithAcl = new Set<string>();
  /** The NACL node that applies to a subnet, by NACL and subnet node. */
  const placed = new Map<string, string>();

  for (const acl of ctx.of['network-acl']) {
    const own = subnets.get(acl.id) ?? [];
    /** Are `own` exactly the subnets of `vpc` that no other NACL is associated with? */
    const coversFreeSubnets = (vpc: string): boolean => {
      const mine = new Set(own);
      const free = (subnetsOfVpc.get(vpc) ?? []).filter((s) =>
        [...(aclsOfSubnet.get(s) ?? [])].every((other) => other === acl.id),
      );
      return free.length === mine.size && free.every((s) => mine.has(s));
    };
    if (own.length === 0) {
      ctx.notDrawn(acl.id, REASONS.unassociatedNacl);
      continue;
    }
    const rows = entries.get(acl.id) ?? [];
    const kept: { egress: boolean; row: RuleRow }[] = [];
    for (const entry of rows) {
      const row = naclRow(entry);
      if (row) kept.push({ egress: entry.egress, row });
      else
        ctx.note(
          acl.id,
          notes.ruleLeftOut(acl.id, `${entry.rule} ${entry.protocol} ${entry.ports} ${entry.cidr}`),
        );
    }
    kept.sort((a, b) => (a.row.rule ?? 0) - (b.row.rule ?? 0));
    const props = () => ({
      inbound: kept.filter((k) => !k.egress).map((k) => ({ ...k.row })),
      outbound: kept.filter((k) => k.egress).map((k) => ({ ...k.row })),
    });
    const input = (parent: string) => ({
      kind: 'network-acl' as const,
      parent,
      label: ctx.labelOf(acl),
      props: props(),
    });

    const vpc = vpcAbove(ctx, own[0]);
    if (own.length > 1 && vpc !== undefined && !vpcsWithAcl.has(vpc) && coversFreeSubnets(vpc)) {
      vpcsWithAcl.add(vpc);
      const node = ctx.addResourceNode(acl, input(vpc));
      for (const s of own) placed.set(`${acl.id}\u0000${s}`, node.id);
      ctx.note(acl.id, notes.naclInVpc(node.id, vpc, own));
      continue;
    }
    const first = ctx.addResourceNode(acl, input(own[0]));
    placed.set(`${acl.id}\u0000${own[0]}`, first.id);
    const copies = own.slice(1).map((s) => {
      const copy = ctx.addNode(ctx.freeId(`${first.id}@${s}`), input(s));
      placed.set(`${acl.id}\u0000${s}`, copy.id);
      return copy.id;
    });
    if (copies.length > 0) ctx.note(acl.id, notes.naclCopies(first.id, copies));
  }

  const allOf = (acl: SourceId | undefined): string[] =>
    acl === undefined
      ? []
      : (subnets.get(acl) ?? []).map((s) => placed.get(`${acl}\u0000${s}`) as string);
  for (const e of ctx.of['network-acl-entry']) {
    if (e.acl !== undefined && !entries.has(e.acl)) ctx.nodeFor(e.id, e.acl, WHAT_ACL);
    ctx.partOf(e.id, allOf(e.acl).filter(Boolean), REASONS.ownerNotDrawn);
  }
  for (const a of ctx.of['network-acl-association']) {
    if (a.acl !== undefined && !entries.has(a.acl)) ctx.nodeFor(a.id, a.acl, WHAT_ACL);
    const subnet = drawnSubnet(ctx, a.subnet);
    const node = subnet === undefined ? undefined : placed.get(`${a.acl}\u0000${subnet}`);
    ctx.partOf(a.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
  }
}
