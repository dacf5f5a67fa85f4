/**
 * What runs in the network: instances, databases, VPC-attached functions and load
 * balancers, each inside its chain of security groups, and Network Firewall
 * endpoints. A resource that spans several subnets (a database's subnet group, a
 * function's VPC config, a firewall) is drawn in the first one and the report says so.
 */
import type { SourceId } from '../model';
import type { BuildContext, Of } from './context';
import { pushTo } from './multimap';
import { WHAT, drawnSubnet, subnetOrStandIn, vpcAbove, vpcOrStandIn } from './network';
import type { SecurityGroups } from './securityGroups';
import { REASONS, notes } from './texts';

const WHAT_SUBNET_GROUP = { en: 'a DB subnet group', ja: 'DB サブネットグループ' };
const WHAT_FIREWALL = { en: 'a network firewall', ja: 'ネットワークファイアウォール' };

/** The drawn subnets among `refs`, each once, in order; the others are noted. */
function drawnSubnets(ctx: BuildContext, owner: SourceId, refs: readonly SourceId[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    const node = drawnSubnet(ctx, ref);
    if (node === undefined) ctx.nodeFor(owner, ref, WHAT.subnet);
    else if (!out.includes(node)) out.push(node);
  }
  return out;
}

/** The first of `subnets` (noted when there are others), or the stand-in subnet. */
function firstSubnet(ctx: BuildContext, owner: SourceId, subnets: readonly string[]): string {
  if (subnets.length === 0) return subnetOrStandIn(ctx, owner, undefined);
  if (subnets.length > 1) ctx.note(owner, notes.firstSubnet(owner, subnets[0], subnets.slice(1)));
  return subnets[0];
}

/** Instances, databases, functions and load balancers, in template order. */
export function buildWorkloads(ctx: BuildContext, groups: SecurityGroups): void {
  const elasticIps = new Set<SourceId>();
  for (const eip of ctx.of['elastic-ip'])
    if (eip.instance !== undefined) elasticIps.add(eip.instance);
  const subnetGroups = new Map<SourceId, string[]>();

  for (const r of ctx.model.resources) {
    if (ctx.outcomes.has(r.id)) continue;
    switch (r.concept) {
      case 'instance': {
        const place = subnetOrStandIn(ctx, r.id, r.subnet);
        const subnet = ctx.byId.get(r.subnet ?? '');
        const mapsPublic = subnet?.concept === 'subnet' && subnet.mapPublicIpOnLaunch === true;
        ctx.addResourceNode(r, {
          kind: 'ec2',
          label: ctx.labelOf(r),
          parent: groups.chainIn(place, groups.groupsOf(r.id, r.groups)),
          props: { publicIp: r.publicIp ?? mapsPublic, elasticIp: elasticIps.has(r.id) },
        });
        break;
      }
      case 'database': {
        const group = ctx.resolve(r.id, r.subnetGroup, ['db-subnet-group'], WHAT_SUBNET_GROUP);
        const subnets = group ? drawnSubnets(ctx, group.id, group.subnets) : [];
        const place = firstSubnet(ctx, r.id, subnets);
        const node = ctx.addResourceNode(r, {
          kind: 'rds',
          label: ctx.labelOf(r),
          parent: groups.chainIn(place, groups.groupsOf(r.id, r.groups)),
          props:
            r.publiclyAccessible === undefined ? {} : { publiclyAccessible: r.publiclyAccessible },
        });
        if (group) pushTo(subnetGroups, group.id, node.id);
        break;
      }
      case 'function':
        buildFunction(ctx, groups, r);
        break;
      case 'load-balancer':
        buildLoadBalancer(ctx, groups, r);
        break;
      default:
    }
  }

  for (const eip of ctx.of['elastic-ip']) {
    const node = ctx.nodeOf(eip.instance);
    if (eip.instance !== undefined && node === undefined)
      ctx.nodeFor(eip.id, eip.instance, WHAT.instance);
    ctx.partOf(eip.id, node === undefined ? [] : [node], REASONS.unattachedElasticIp);
  }
  for (const group of ctx.of['db-subnet-group'])
    ctx.partOf(group.id, subnetGroups.get(group.id) ?? [], REASONS.ownerNotDrawn);
}

function buildFunction(ctx: BuildContext, groups: SecurityGroups, fn: Of<'function'>): void {
  let parent: string | undefined;
  if (fn.subnets.length > 0) {
    const place = firstSubnet(ctx, fn.id, drawnSubnets(ctx, fn.id, fn.subnets));
    parent = groups.chainIn(place, groups.groupsOf(fn.id, fn.groups));
  } else if (fn.groups.length > 0) ctx.note(fn.id, notes.groupsWithoutSubnets(fn.id));
  ctx.addResourceNode(fn, { kind: 'lambda', label: ctx.labelOf(fn), parent });
}

/** In the VPC of its subnets, inside its groups; `subnets` lists the subnet nodes. */
function buildLoadBalancer(
  ctx: BuildContext,
  groups: SecurityGroups,
  lb: Of<'load-balancer'>,
): void {
  if (lb.type === 'gateway') {
    ctx.notDrawn(lb.id, REASONS.gatewayLoadBalancer);
    return;
  }
  const subnets = drawnSubnets(ctx, lb.id, lb.subnets);
  const own = groups.groupsOf(lb.id, lb.groups);
  const vpc =
    (subnets.length > 0 ? vpcAbove(ctx, subnets[0]) : undefined) ??
    vpcOrStandIn(ctx, lb.id, own.find((g) => g.vpc !== undefined)?.vpc);
  ctx.addResourceNode(lb, {
    kind: lb.type === 'network' ? 'nlb' : 'alb',
    label: ctx.labelOf(lb),
    parent: groups.chainIn(vpc, own),
    props: { subnets, ...(lb.scheme ? { scheme: lb.scheme } : {}) },
  });
}

/** Network Firewall endpoints: in the first subnet, else directly in the VPC. */
export function buildFirewalls(ctx: BuildContext): void {
  const logged = new Set<SourceId>();
  for (const l of ctx.of['network-firewall-logging'])
    if (l.firewall !== undefined) logged.add(l.firewall);
  for (const fw of ctx.of['network-firewall']) {
    const subnets = drawnSubnets(ctx, fw.id, fw.subnets);
    const parent =
      subnets.length > 0 ? firstSubnet(ctx, fw.id, subnets) : vpcOrStandIn(ctx, fw.id, fw.vpc);
    ctx.addResourceNode(fw, {
      kind: 'network-firewall',
      label: ctx.labelOf(fw),
      parent,
      props: {
        logging: logged.has(fw.id),
        ...(fw.hasRules === undefined ? {} : { hasRules: fw.hasRules }),
      },
    });
  }
  for (const l of ctx.of['network-firewall-logging']) {
    const node = ctx.nodeFor(l.id, l.firewall, WHAT_FIREWALL);
    ctx.partOf(l.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
  }
}
