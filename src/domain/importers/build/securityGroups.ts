/**
 * Security groups as containers. The network evaluation takes a node's groups from
 * its ancestors, so a member sits inside its groups: subnet > A > B > member for a
 * member of A and B. A group used in several places (several subnets, the VPC for a
 * load balancer, or in different combinations) gets one container per place: the
 * first keeps the source id, so findings point at the template; the others are
 * copies with the same rules, and every rule naming the group as its peer names every
 * copy, so SG-03 and the trace judge each member as AWS would (docs/import.md).
 */
import type { DiagramNode, Localized, RuleRow } from '../../document/types';
import { isCidrBlock } from '../../document/importValues';
import { parsePorts, parseProtocol } from '../../net/ports';
import type { SecurityGroupRule, SourceId } from '../model';
import type { BuildContext, NodeInput, Of } from './context';
import { pushTo } from './multimap';
import { vpcOrStandIn } from './network';
import { REASONS, notes } from './texts';

export const WHAT_GROUP: Localized = { en: 'a security group', ja: 'セキュリティグループ' };

const DEFAULT_OUTBOUND: SecurityGroupRule = {
  protocol: 'all',
  ports: 'all',
  peer: '0.0.0.0/0',
  peerIsGroup: false,
};

export class SecurityGroups {
  /** Every container of a group, by the group's source id; the first is its own node. */
  private readonly copies = new Map<SourceId, string[]>();
  /** The container for a place and a chain of groups. */
  private readonly chains = new Map<string, string>();
  private readonly order = new Map<SourceId, number>();

  constructor(private readonly ctx: BuildContext) {
    ctx.model.resources.forEach((r, i) => {
      if (r.concept === 'security-group' && !this.order.has(r.id)) this.order.set(r.id, i);
    });
  }

  /** The groups of the model among `refs`, in model order, each once; others are noted. */
  groupsOf(owner: SourceId, refs: readonly SourceId[]): Of<'security-group'>[] {
    const found = new Map<SourceId, Of<'security-group'>>();
    for (const ref of refs) {
      const group = this.ctx.resolve(owner, ref, ['security-group'], WHAT_GROUP);
      if (group) found.set(group.id, group);
    }
    return [...found.values()].sort(
      (a, b) => (this.order.get(a.id) ?? 0) - (this.order.get(b.id) ?? 0),
    );
  }

  /**
   * The container a member of `groups` placed in `place` goes into, made on first use
   * (`place` itself when it has no groups).
   */
  chainIn(place: string, groups: readonly Of<'security-group'>[]): string {
    let parent = place;
    let key = place;
    for (const group of groups) {
      key += `\u0000${group.id}`;
      let container = this.chains.get(key);
      if (container === undefined) {
        container = this.container(group, parent, place);
        this.chains.set(key, container);
      }
      parent = container;
    }
    return parent;
  }

  private container(group: Of<'security-group'>, parent: string, place: string): string {
    const existing = this.copies.get(group.id);
    const input: NodeInput = {
      kind: 'security-group',
      parent,
      label: this.ctx.labelOf(group),
      props: group.isDefault ? { isDefault: true } : {},
    };
    if (existing === undefined) {
      const node = this.ctx.addResourceNode(group, input);
      this.copies.set(group.id, [node.id]);
      return node.id;
    }
    const node = this.ctx.addNode(this.ctx.freeId(`${existing[0]}@${place}`), input);
    existing.push(node.id);
    return node.id;
  }

  /**
   * After every member is placed: groups without members go in their VPC, then every
   * container gets its rules, and the copies are noted.
   */
  finish(): void {
    const ctx = this.ctx;
    for (const group of ctx.of['security-group'])
      if (!this.copies.has(group.id)) this.chainIn(vpcOrStandIn(ctx, group.id, group.vpc), [group]);

    const separate = new Map<SourceId, Of<'security-group-rule'>[]>();
    for (const rule of ctx.of['security-group-rule']) {
      const group = ctx.resolve(rule.id, rule.group, ['security-group'], WHAT_GROUP);
      const containers = group ? this.copies.get(group.id) : undefined;
      ctx.partOf(rule.id, containers ?? [], REASONS.ownerNotDrawn);
      if (group && rule.rule) pushTo(separate, group.id, rule);
    }

    for (const group of ctx.of['security-group']) {
      const containers = this.copies.get(group.id);
      if (!containers) continue;
      const extra = separate.get(group.id) ?? [];
      const rulesOf = (direction: 'inbound' | 'outbound', inline: readonly SecurityGroupRule[]) => [
        ...inline,
        ...extra.filter((r) => r.direction === direction).map((r) => r.rule as SecurityGroupRule),
      ];
      const inbound = this.rows(group.id, rulesOf('inbound', group.inbound), 'source');
      if (group.isDefault && containers.length > 1)
        for (const copy of containers)
          inbound.push({ protocol: 'all', ports: 'all', source: copy });
      const outbound = this.rows(
        group.id,
        rulesOf('outbound', group.outbound ?? [DEFAULT_OUTBOUND]),
        'destination',
      );
      for (const id of containers) {
        const props = (ctx.nodeById.get(id) as DiagramNode).props;
        props.inbound = inbound.map((row) => ({ ...row }));
        props.outbound = outbound.map((row) => ({ ...row }));
      }
      if (containers.length > 1) {
        ctx.note(group.id, notes.groupCopies(containers[0], containers.slice(1)));
        if (group.isDefault) ctx.note(group.id, notes.defaultGroupCopies(containers[0]));
      }
    }
  }

  /** kinds.md rule rows; a peer group becomes one row per container of that group. */
  private rows(
    owner: SourceId,
    rules: readonly SecurityGroupRule[],
    field: 'source' | 'destination',
  ): RuleRow[] {
    const out: RuleRow[] = [];
    for (const rule of rules) {
      const text = `${rule.protocol} ${rule.ports} ${rule.peer}`;
      if (!parsePorts(rule.ports) || !parseProtocol(rule.protocol)) {
        this.ctx.note(owner, notes.ruleLeftOut(owner, text));
        continue;
      }
      const base = { protocol: rule.protocol, ports: rule.ports };
      if (!rule.peerIsGroup) {
        if (isCidrBlock(rule.peer)) out.push({ ...base, [field]: rule.peer.trim() });
        else this.ctx.note(owner, notes.ruleLeftOut(owner, text));
        continue;
      }
      const peers = this.copies.get(rule.peer);
      if (peers === undefined) {
        this.ctx.note(owner, notes.dangling(owner, rule.peer, WHAT_GROUP));
        continue;
      }
      for (const peer of peers) out.push({ ...base, [field]: peer });
    }
    return out;
  }
}
