/**
 * The network skeleton: VPCs, subnets (public or private from their route tables),
 * internet and NAT gateways, and the stand-in VPC and subnet that hold what names a
 * network the template does not define.
 */
import { isIpv4Block } from '../../document/importValues';
import type { Localized } from '../../document/types';
import type { SourceId } from '../model';
import type { BuildContext } from './context';
import { pushTo } from './multimap';
import { REASONS, notes } from './texts';

export const WHAT = {
  vpc: { en: 'a VPC', ja: 'VPC' },
  subnet: { en: 'a subnet', ja: 'サブネット' },
  gateway: { en: 'an internet gateway', ja: 'インターネットゲートウェイ' },
  routeTable: { en: 'a route table', ja: 'ルートテーブル' },
  instance: { en: 'an instance', ja: 'インスタンス' },
  resource: { en: 'a resource', ja: 'リソース' },
} satisfies Record<string, Localized>;

const STAND_IN_VPC = 'external-vpc';
const STAND_IN_SUBNET = 'external-subnet';

function standInVpc(ctx: BuildContext): string {
  ctx.standIns.vpc ??= ctx.addNode(STAND_IN_VPC, { kind: 'vpc' }).id;
  return ctx.standIns.vpc;
}

function standInSubnet(ctx: BuildContext): string {
  ctx.standIns.subnet ??= ctx.addNode(STAND_IN_SUBNET, {
    kind: 'subnet',
    parent: standInVpc(ctx),
  }).id;
  return ctx.standIns.subnet;
}

/** The VPC node `ref` names, or the stand-in VPC (noted) when the template defines none. */
export function vpcOrStandIn(
  ctx: BuildContext,
  owner: SourceId,
  ref: SourceId | undefined,
): string {
  const node = ctx.nodeOf(ref);
  if (node !== undefined && ctx.nodeById.get(node)?.kind === 'vpc') return node;
  const standIn = standInVpc(ctx);
  ctx.note(owner, notes.standInVpc(owner, standIn));
  return standIn;
}

/** The subnet node `ref` names, or the stand-in subnet (noted) when the template defines none. */
export function subnetOrStandIn(
  ctx: BuildContext,
  owner: SourceId,
  ref: SourceId | undefined,
): string {
  const node = drawnSubnet(ctx, ref);
  if (node !== undefined) return node;
  const standIn = standInSubnet(ctx);
  ctx.note(owner, notes.standInSubnet(owner, standIn));
  return standIn;
}

/** The subnet node `ref` became, if it is a drawn subnet. */
export function drawnSubnet(ctx: BuildContext, ref: SourceId | undefined): string | undefined {
  const node = ctx.nodeOf(ref);
  return node !== undefined && ctx.nodeById.get(node)?.kind === 'subnet' ? node : undefined;
}

/** The VPC a node sits in (itself when it is one). */
export function vpcAbove(ctx: BuildContext, nodeId: string): string | undefined {
  for (let n = ctx.nodeById.get(nodeId); n; n = n.parent ? ctx.nodeById.get(n.parent) : undefined)
    if (n.kind === 'vpc') return n.id;
  return undefined;
}

/** A CIDR for a `cidr` prop; an invalid one is noted and left to the default. */
function cidrProp(ctx: BuildContext, owner: SourceId, cidr: string | undefined): { cidr?: string } {
  if (cidr === undefined) return {};
  if (isIpv4Block(cidr)) return { cidr: cidr.trim() };
  ctx.note(owner, notes.invalidCidr(owner, cidr));
  return {};
}

/** `us-east-1a` → `a`; an AZ id (`use1-az1`) or other text as given; nothing → nothing. */
export function azLetter(az: string | undefined): { az?: string } {
  const text = az?.trim();
  if (!text) return {};
  const zone = /^[a-z]{2}(?:-[a-z]+)+-\d+([a-z])$/.exec(text);
  return { az: zone ? zone[1] : text };
}

/** The AZ given to a subnet whose zone the template does not say: `unknown-1`, `unknown-2`, ... */
export const UNKNOWN_ZONE = 'unknown-';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

/**
 * Subnets whose route table sends 0.0.0.0/0 (or ::/0) to an internet gateway of the
 * model. Only explicit associations count: a template cannot say which table is a
 * VPC's main table (docs/import.md).
 */
function subnetsRoutedToInternet(ctx: BuildContext): Set<SourceId> {
  const gateways = new Set(ctx.of['internet-gateway'].map((g) => g.id));
  const tablesToInternet = new Set<SourceId>();
  for (const table of ctx.of['route-table'])
    if (table.routes.some((r) => ANYWHERE.has(r.destination) && gateways.has(r.target ?? '')))
      tablesToInternet.add(table.id);
  for (const route of ctx.of.route)
    if (
      route.routeTable !== undefined &&
      ANYWHERE.has(route.route.destination) &&
      gateways.has(route.route.target ?? '')
    )
      tablesToInternet.add(route.routeTable);
  const out = new Set<SourceId>();
  for (const table of ctx.of['route-table'])
    if (tablesToInternet.has(table.id)) for (const s of table.subnets) out.add(s);
  for (const a of ctx.of['route-table-association'])
    if (a.subnet !== undefined && a.routeTable !== undefined && tablesToInternet.has(a.routeTable))
      out.add(a.subnet);
  return out;
}

export function buildVpcsAndSubnets(ctx: BuildContext): void {
  for (const vpc of ctx.of.vpc)
    ctx.addResourceNode(vpc, {
      kind: 'vpc',
      label: ctx.labelOf(vpc),
      props: cidrProp(ctx, vpc.id, vpc.cidr),
    });
  const routed = subnetsRoutedToInternet(ctx);
  const unknownZones: string[] = [];
  for (const subnet of ctx.of.subnet) {
    const isPublic = routed.has(subnet.id) || subnet.mapPublicIpOnLaunch === true;
    // An unknown zone is a zone of its own: two subnets are never assumed to share one.
    let zone = azLetter(subnet.az);
    if (zone.az === undefined) {
      zone = { az: `${UNKNOWN_ZONE}${unknownZones.length + 1}` };
      unknownZones.push(subnet.id);
    }
    ctx.addResourceNode(subnet, {
      kind: 'subnet',
      label: ctx.labelOf(subnet),
      parent: vpcOrStandIn(ctx, subnet.id, subnet.vpc),
      props: {
        tier: isPublic ? 'public' : 'private',
        ...zone,
        ...cidrProp(ctx, subnet.id, subnet.cidr),
      },
    });
  }
  if (unknownZones.length > 0) ctx.note(undefined, notes.unknownZones(unknownZones));
}

/** Internet gateways in the VPC they are attached to (inline or by a separate attachment). */
export function buildGateways(ctx: BuildContext): void {
  const attachments = new Map<SourceId, (typeof ctx.of)['gateway-attachment'][number]>();
  for (const a of ctx.of['gateway-attachment'])
    if (a.gateway !== undefined && !attachments.has(a.gateway)) attachments.set(a.gateway, a);
  for (const gateway of ctx.of['internet-gateway']) {
    const attachment = attachments.get(gateway.id);
    const vpc = gateway.vpc ?? attachment?.vpc;
    if (vpc === undefined && attachment === undefined) {
      ctx.notDrawn(gateway.id, REASONS.detachedGateway);
      continue;
    }
    ctx.addResourceNode(gateway, {
      kind: 'internet-gateway',
      label: ctx.labelOf(gateway),
      parent: vpcOrStandIn(ctx, gateway.id, vpc),
    });
  }
  for (const a of ctx.of['gateway-attachment']) {
    const gateway = ctx.nodeFor(a.id, a.gateway, WHAT.gateway);
    const vpc = gateway === undefined ? undefined : vpcAbove(ctx, gateway);
    ctx.partOf(
      a.id,
      [gateway, vpc].filter((x) => x !== undefined),
      REASONS.ownerNotDrawn,
    );
  }
  for (const nat of ctx.of['nat-gateway'])
    ctx.addResourceNode(nat, {
      kind: 'nat-gateway',
      label: ctx.labelOf(nat),
      parent: subnetOrStandIn(ctx, nat.id, nat.subnet),
      props: nat.connectivity ? { connectivity: nat.connectivity } : {},
    });
}

/** Route tables, routes and associations only decide public/private: part of their subnets. */
export function foldRouting(ctx: BuildContext): void {
  const subnetsOfTable = new Map<SourceId, string[]>();
  const add = (table: SourceId, subnet: SourceId | undefined) => {
    const node = drawnSubnet(ctx, subnet);
    if (node !== undefined) pushTo(subnetsOfTable, table, node);
  };
  for (const table of ctx.of['route-table']) for (const s of table.subnets) add(table.id, s);
  for (const a of ctx.of['route-table-association']) {
    if (a.routeTable !== undefined) add(a.routeTable, a.subnet);
    const subnet = drawnSubnet(ctx, a.subnet);
    if (a.subnet !== undefined && subnet === undefined) ctx.nodeFor(a.id, a.subnet, WHAT.subnet);
    ctx.partOf(a.id, subnet === undefined ? [] : [subnet], REASONS.ownerNotDrawn);
  }
  for (const table of ctx.of['route-table'])
    ctx.partOf(table.id, subnetsOfTable.get(table.id) ?? [], REASONS.unusedRouteTable);
  for (const route of ctx.of.route)
    ctx.partOf(
      route.id,
      route.routeTable === undefined ? [] : (subnetsOfTable.get(route.routeTable) ?? []),
      REASONS.ownerNotDrawn,
    );
}
