/**
 * What the trace panel shows, worked out from the document and the answer without
 * React: the nodes a question can name, the hops split into request and response, and
 * how each rule row of a deciding rule set is marked (skipped, deciding, not reached).
 */
import type { Diagram, DiagramNode } from '../../domain/document/types';
import { getKind, isKindId } from '../../domain/kinds/catalogue';
import { nodeName } from '../../domain/rules/text';
import type { DecidingRule, HopPhase, TraceHop } from '../../domain/trace';
import { INTERNET } from '../../domain/trace';

/** The ports a learner asks about most, by name; any other port goes in the number field. */
export const COMMON_PORTS: readonly { readonly name: string; readonly port: number }[] = [
  { name: 'HTTPS', port: 443 },
  { name: 'HTTP', port: 80 },
  { name: 'SSH', port: 22 },
  { name: 'RDP', port: 3389 },
  { name: 'MySQL', port: 3306 },
  { name: 'PostgreSQL', port: 5432 },
];

export interface NodeChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The nodes a question can start or end at: every service, not the containers (VPC,
 * subnet, security group, network ACL), which a trace passes through. Sorted by name.
 */
export function nodeChoices(doc: Diagram): NodeChoice[] {
  return doc.nodes
    .filter((n) => !(isKindId(n.kind) && getKind(n.kind).container))
    .map((n) => ({ id: n.id, name: nodeName(n) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** An internet source takes an optional CIDR: the literal `internet` or an internet node. */
export function isInternetEnd(doc: Diagram, id: string): boolean {
  return id === INTERNET || doc.nodes.some((n) => n.id === id && n.kind === 'internet');
}

/** The name the canvas shows for a path or hop node; undefined for the literal internet. */
export function nodeNameOf(doc: Diagram, id: string): string | undefined {
  const node: DiagramNode | undefined = doc.nodes.find((n) => n.id === id);
  return node ? nodeName(node) : undefined;
}

export interface HopGroup {
  readonly phase: HopPhase;
  /** Each hop with its index in `result.hops` (what `setStep` takes). */
  readonly hops: readonly { readonly hop: TraceHop; readonly index: number }[];
}

/** The request hops, then the response hops; a phase without hops is left out. */
export function hopGroups(hops: readonly TraceHop[]): HopGroup[] {
  const phases: HopPhase[] = ['request', 'response'];
  return phases
    .map((phase) => ({
      phase,
      hops: hops.flatMap((hop, index) => (hop.phase === phase ? [{ hop, index }] : [])),
    }))
    .filter((g) => g.hops.length > 0);
}

/**
 * How one row of the deciding rule set took part: `no-match` was checked and did not
 * match, `decides` matched and decided, `unchecked` was never reached (NACL rows after
 * the deciding one) or, for a security group, simply did not allow it.
 */
export type RowMark = 'no-match' | 'decides' | 'unchecked';

export interface RowMarks {
  readonly rows: readonly RowMark[];
  /** NACL: no row matched, so the final `*` deny decided. */
  readonly finalDenyDecides: boolean;
}

export function rowMarks(deciding: DecidingRule): RowMarks {
  const at = deciding.decidingIndex;
  if (deciding.type === 'nacl')
    return {
      rows: deciding.rows.map((_, i) =>
        at === undefined || i < at ? 'no-match' : i === at ? 'decides' : 'unchecked',
      ),
      finalDenyDecides: at === undefined,
    };
  // Security groups: every row is an allow and any match allows, so there is no order.
  return {
    rows: deciding.rows.map((_, i) =>
      at === undefined ? 'no-match' : i === at ? 'decides' : 'unchecked',
    ),
    finalDenyDecides: false,
  };
}
