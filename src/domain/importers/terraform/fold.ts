/**
 * What resources add to each other once all are mapped: a separate rule's extra peers
 * to its group, GuardDuty features and roles to the detector, Shield's automatic L7
 * response to the protection, a firewall policy's rule groups to the firewall, a
 * listener rule's listener, an Aurora instance's public access to its cluster, the
 * managed policies attached to a role (then its access level), the
 * subnets of a VPC's default NACL and main route table, and the `of` of supporting
 * resources that only others refer to. Then the mapping-only
 * fields are dropped, leaving plain model resources.
 */
import type { Localized } from '../../document/types';
import { readAccessLevel } from '../iamRoles';
import type { InfraResource, SourceId } from '../model';
import { GUARDDUTY_FEATURES } from './mapping/detection';
import type { Fold, Mapped } from './mapping/types';
import type { SourceInstance } from './source';
import { mentionsIn, type Value } from './values';

export type MappedResource = InfraResource & Pick<Mapped, 'fold' | 'ofReferrers' | 'policies'>;

type Of<C extends InfraResource['concept']> = Extract<InfraResource, { concept: C }>;

export function applyFolds(
  mapped: readonly MappedResource[],
  instances: readonly SourceInstance[],
  lookup: (text: string) => readonly SourceId[],
  report: (resource: SourceId, property: string, reason: Localized) => void,
): InfraResource[] {
  const byId = new Map(mapped.map((r) => [r.id, r]));
  const get = <C extends InfraResource['concept']>(
    id: SourceId | undefined,
    concept: C,
  ): Of<C> | undefined => {
    const r = id === undefined ? undefined : byId.get(id);
    return r?.concept === concept ? (r as Of<C>) : undefined;
  };
  const detectors = mapped.filter(
    (r): r is MappedResource & Of<'guardduty'> => r.concept === 'guardduty',
  );
  const policyRules = new Map<SourceId, boolean>();
  for (const r of mapped)
    if (r.fold?.into === 'policy-rules') policyRules.set(r.id, r.fold.hasRules);

  const folds: { id: SourceId; fold: Fold }[] = mapped.flatMap((r) =>
    r.fold ? [{ id: r.id, fold: r.fold }] : [],
  );
  for (const { id, fold } of folds) {
    switch (fold.into) {
      case 'group-rules': {
        const group = get(fold.group, 'security-group');
        if (group)
          (fold.direction === 'inbound' ? group.inbound : (group.outbound ??= [])).push(
            ...fold.rules,
          );
        break;
      }
      case 'detector-feature': {
        const detector = get(fold.detector, 'guardduty');
        if (!detector || fold.feature === undefined) break;
        const features = new Set(detector.features ?? GUARDDUTY_FEATURES);
        if (fold.on) features.add(fold.feature);
        else features.delete(fold.feature);
        detector.features = GUARDDUTY_FEATURES.filter((f) => features.has(f));
        break;
      }
      case 'detector-role':
        for (const detector of fold.detector === undefined
          ? detectors
          : [get(fold.detector, 'guardduty')]) {
          if (detector && (fold.detector !== undefined || detector.role === undefined))
            detector.role = fold.role;
        }
        // Naming no detector, it is part of them all (the delegated administrator account).
        if (fold.detector === undefined) {
          const self = get(id, 'supporting');
          if (self) self.of = detectors.map((d) => d.id);
        }
        break;
      case 'shield-l7':
        for (const r of mapped) {
          if (
            r.concept === 'shield-protection' &&
            r.resource !== undefined &&
            r.resource === fold.resource
          )
            r.autoL7Mitigation = true;
        }
        break;
      case 'firewall-policy': {
        const firewall = get(id, 'network-firewall');
        const hasRules = fold.policy === undefined ? undefined : policyRules.get(fold.policy);
        if (firewall && hasRules !== undefined) firewall.hasRules = hasRules;
        break;
      }
      case 'listener-rule': {
        const rule = get(id, 'listener');
        const listener = get(fold.listener, 'listener');
        if (rule && listener) Object.assign(rule, pick(listener));
        break;
      }
      case 'cluster-access': {
        const cluster = get(fold.cluster, 'database');
        if (cluster && fold.publiclyAccessible !== undefined)
          cluster.publiclyAccessible =
            (cluster.publiclyAccessible ?? false) || fold.publiclyAccessible;
        break;
      }
      case 'role-policy':
        if (get(fold.role, 'iam-role'))
          byId.get(fold.role ?? '')?.policies?.push({ ...fold.policy, resource: id });
        break;
      case 'policy-rules':
        break;
    }
  }
  fillAccessLevels(mapped, report);
  fillReferrers(mapped, instances, lookup, byId);
  fillDefaultAssociations(mapped);
  return mapped.map(
    ({ fold: _fold, ofReferrers: _of, policies: _policies, ...resource }) =>
      resource as InfraResource,
  );
}

/**
 * A role's level from its own policies and those attached to it: the policies that
 * cannot be placed are reported, where they are written, only when the level is then
 * unknown.
 */
function fillAccessLevels(
  mapped: readonly MappedResource[],
  report: (resource: SourceId, property: string, reason: Localized) => void,
): void {
  for (const r of mapped) {
    if (r.concept !== 'iam-role' || !r.policies) continue;
    const level = readAccessLevel(
      r.policies.map(({ level, unknown, resource }) => ({
        level,
        reportUnknown: () => {
          if (unknown) report(resource ?? r.id, unknown.property, unknown.reason);
        },
      })),
    );
    if (level !== undefined) r.accessLevel = level;
  }
}

const pick = (l: Of<'listener'>) => ({
  ...(l.loadBalancer !== undefined ? { loadBalancer: l.loadBalancer } : {}),
  ...(l.port !== undefined ? { port: l.port } : {}),
  ...(l.protocol !== undefined ? { protocol: l.protocol } : {}),
});

/**
 * A VPC's default network ACL and main route table (aws_default_network_acl,
 * aws_default_route_table) apply to every subnet of the VPC that is associated with no
 * other: those subnets are added to theirs, so they are read like any other.
 */
function fillDefaultAssociations(mapped: readonly MappedResource[]): void {
  const subnetsOf = new Map<SourceId, SourceId[]>();
  for (const r of mapped) {
    if (r.concept !== 'subnet' || r.vpc === undefined) continue;
    const list = subnetsOf.get(r.vpc);
    if (list) list.push(r.id);
    else subnetsOf.set(r.vpc, [r.id]);
  }
  for (const [owner, association, defaultType] of [
    ['network-acl', 'network-acl-association', 'aws_default_network_acl'],
    ['route-table', 'route-table-association', 'aws_default_route_table'],
  ] as const) {
    const associated = new Set<SourceId>();
    for (const r of mapped) {
      if (r.concept === owner && r.sourceType !== defaultType)
        r.subnets.forEach((s) => associated.add(s));
      else if (r.concept === association && r.subnet !== undefined) associated.add(r.subnet);
    }
    for (const r of mapped) {
      if (r.concept !== owner || r.sourceType !== defaultType || r.vpc === undefined) continue;
      const unassociated = (subnetsOf.get(r.vpc) ?? []).filter((s) => !associated.has(s));
      r.subnets = [...new Set([...r.subnets, ...unassociated])];
    }
  }
}

/**
 * `of` for resources only others refer to (an origin access control, an IP set, a
 * firewall policy): the resources whose attributes name them, through other
 * supporting resources (a rule group → its policy → the firewall).
 */
function fillReferrers(
  mapped: readonly MappedResource[],
  instances: readonly SourceInstance[],
  lookup: (text: string) => readonly SourceId[],
  byId: Map<SourceId, MappedResource>,
): void {
  const wanted = new Set(mapped.filter((r) => r.ofReferrers).map((r) => r.id));
  if (wanted.size === 0) return;
  const referrers = new Map<SourceId, Set<SourceId>>();
  for (const { address, body } of instances) {
    const named = new Set<SourceId>();
    mentionsIn(body, named);
    textsIn(body, (text) => {
      for (const id of lookup(text)) named.add(id);
    });
    for (const id of named) {
      if (id === address || !wanted.has(id)) continue;
      if (!referrers.has(id)) referrers.set(id, new Set());
      referrers.get(id)?.add(address);
    }
  }
  const resolved = new Map<SourceId, SourceId[]>();
  const resolve = (id: SourceId, visiting: Set<SourceId>): SourceId[] => {
    const done = resolved.get(id);
    if (done) return done;
    visiting.add(id);
    const out = new Set<SourceId>();
    for (const referrer of referrers.get(id) ?? []) {
      if (visiting.has(referrer)) continue;
      if (wanted.has(referrer)) for (const o of resolve(referrer, visiting)) out.add(o);
      else out.add(referrer);
    }
    visiting.delete(id);
    const list = [...out];
    resolved.set(id, list);
    return list;
  };
  for (const id of wanted) {
    const r = byId.get(id);
    if (r?.concept === 'supporting') r.of = resolve(id, new Set());
  }
}

/** Every string of a value (bounded by its depth). */
function textsIn(value: Value, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) textsIn(item, visit);
  else if (value instanceof Map) for (const item of value.values()) textsIn(item, visit);
}
