/**
 * Where a kind may sit (kinds.md "Where a kind may be placed"). The editor lets users
 * drop anything anywhere; this module only judges a parent chain, and the placement
 * rules (PLC-01, PLC-02) report what it finds.
 */
import { KINDS, getKind, isContainerKind } from './catalogue';
import type { KindId, Placement } from './types';

/**
 * Why a kind is misplaced. `scope-in-vpc` is PLC-01: a kind whose only placement is
 * `scope` (an account/Region service) drawn inside a VPC, subnet or security group.
 * Everything else is `misplaced` (PLC-02).
 */
export type PlacementProblem = 'scope-in-vpc' | 'misplaced';

/** Containers that make up a network inside which scope-level services never live. */
const NETWORK_CONTAINERS: ReadonlySet<KindId> = new Set<KindId>([
  'vpc',
  'subnet',
  'security-group',
]);

interface PlacementTerm {
  /** Allowed at top level (no parent). */
  topLevel: boolean;
  /** Kinds the direct parent may be. */
  parents: readonly KindId[];
}

/** Each placement of types.ts as the allowed direct parents of kinds.md's table. */
const PLACEMENT_TERMS: Readonly<Record<Placement, PlacementTerm>> = {
  top: { topLevel: true, parents: [] },
  'top-or-org': { topLevel: true, parents: ['organization'] },
  'top-org-account': { topLevel: true, parents: ['organization', 'account'] },
  scope: { topLevel: true, parents: ['organization', 'account', 'region'] },
  vpc: { topLevel: false, parents: ['vpc'] },
  'vpc-any': { topLevel: false, parents: ['vpc', 'subnet', 'security-group'] },
  subnet: { topLevel: false, parents: ['subnet'] },
  // A security group is only acceptable when it sits (at any depth) inside a subnet.
  'subnet-any': { topLevel: false, parents: ['subnet', 'security-group'] },
};

/** Does one placement allow this parent chain (nearest ancestor first)? */
function allows(placement: Placement, ancestors: readonly KindId[]): boolean {
  const term = PLACEMENT_TERMS[placement];
  const parent = ancestors[0];
  if (parent === undefined) return term.topLevel;
  if (!term.parents.includes(parent)) return false;
  if (placement === 'scope') return !ancestors.some((k) => NETWORK_CONTAINERS.has(k));
  if (placement === 'subnet-any' && parent === 'security-group') {
    return ancestors.slice(1).includes('subnet');
  }
  return true;
}

/**
 * Judges where a node of `kind` sits, given the kinds of its ancestors, nearest first
 * (an empty list means top level). Returns null when any of the kind's placements
 * allows it.
 */
export function placementProblem(
  kind: KindId,
  ancestors: readonly KindId[],
): PlacementProblem | null {
  const parent = ancestors[0];
  // Only containers can be parents, whatever the kind.
  if (parent !== undefined && !isContainerKind(parent)) return 'misplaced';
  const placements = getKind(kind).placement;
  if (placements.some((p) => allows(p, ancestors))) return null;
  const scopeOnly = placements.length === 1 && placements[0] === 'scope';
  if (scopeOnly && ancestors.some((k) => NETWORK_CONTAINERS.has(k))) return 'scope-in-vpc';
  return 'misplaced';
}

export interface AllowedParents {
  /** May sit at top level. */
  topLevel: boolean;
  /** Kinds its direct parent may be, in catalogue order. */
  parents: readonly KindId[];
  /**
   * A security group is allowed as parent only when a subnet is among its own
   * ancestors (placement `subnet-any`).
   */
  securityGroupNeedsSubnet: boolean;
  /**
   * Its organization/account/region parents count only when no VPC, subnet or
   * security group is further up (placement `scope`).
   */
  outsideNetworksOnly: boolean;
}

const CONTAINER_ORDER: readonly KindId[] = KINDS.filter((k) => k.container).map((k) => k.id);

/** What may hold a node of `kind`, for the inspector and the docs. */
export function allowedParentKinds(kind: KindId): AllowedParents {
  const placements = getKind(kind).placement;
  const parents = new Set<KindId>();
  for (const p of placements) for (const k of PLACEMENT_TERMS[p].parents) parents.add(k);
  return {
    topLevel: placements.some((p) => PLACEMENT_TERMS[p].topLevel),
    parents: CONTAINER_ORDER.filter((k) => parents.has(k)),
    securityGroupNeedsSubnet: placements.includes('subnet-any') && !placements.includes('vpc-any'),
    outsideNetworksOnly: placements.includes('scope'),
  };
}
