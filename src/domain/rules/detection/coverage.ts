/**
 * covers(S, x) of rules.md for every x at once: the services of one kind indexed by the
 * scope they sit in, so that "which services cover x" is one walk up x's ancestors.
 * `GraphIndex.coveringNodes` tests every service against x instead, which would make a
 * rule that asks it for every workload quadratic.
 */
import type { DiagramNode } from '../../document/types';
import type { GraphIndex } from '../../graph/types';
import type { KindId } from '../../kinds/types';

export interface Coverage {
  /** The services that cover `targetId`: top-level ones first, then nearest scope first. */
  of(targetId: string): DiagramNode[];
  has(targetId: string): boolean;
}

export function coverageBy(graph: GraphIndex, kind: KindId): Coverage {
  const topLevel: DiagramNode[] = [];
  const byScope = new Map<string, DiagramNode[]>();
  for (const service of graph.nodesOfKind(kind)) {
    // The index's own parent (a dangling parent counts as top level there too).
    const scope = graph.ancestors(service.id)[0];
    if (!scope) topLevel.push(service);
    else {
      const list = byScope.get(scope.id);
      if (list) list.push(service);
      else byScope.set(scope.id, [service]);
    }
  }
  const of = (targetId: string): DiagramNode[] => [
    ...topLevel,
    ...graph.ancestors(targetId).flatMap((a) => byScope.get(a.id) ?? []),
  ];
  return {
    of,
    has: (targetId) =>
      topLevel.length > 0 || graph.ancestors(targetId).some((a) => byScope.has(a.id)),
  };
}

/** The nodes of `kinds` that no service of `by` covers, kind by kind in document order. */
export function uncoveredNodes(
  graph: GraphIndex,
  kinds: Iterable<KindId>,
  by: KindId,
): DiagramNode[] {
  const coverage = coverageBy(graph, by);
  return [...kinds].flatMap((kind) => graph.nodesOfKind(kind).filter((n) => !coverage.has(n.id)));
}
