/**
 * Queries over `protects` edges shared by the WAF and Shield rules: what a protector
 * guards, and who guards a node. Each walks only the edges of one node, so calling them
 * for every node of a kind keeps a run linear.
 */
import type { DiagramEdge, DiagramNode } from '../document/types';
import type { GraphIndex } from '../graph/types';
import type { KindId } from '../kinds/types';

export interface Protection {
  edge: DiagramEdge;
  /** The protected node. */
  target: DiagramNode;
}

/** The protects edges leaving `protectorId`, with their targets, in edge order. */
export function protections(index: GraphIndex, protectorId: string): Protection[] {
  const out: Protection[] = [];
  for (const edge of index.edgesOut(protectorId, 'protects')) {
    const target = index.node(edge.target);
    if (target) out.push({ edge, target });
  }
  return out;
}

/** Distinct nodes `protectorId` protects, in edge order. */
export function protectedNodes(index: GraphIndex, protectorId: string): DiagramNode[] {
  const seen = new Set<string>();
  return protections(index, protectorId)
    .map((p) => p.target)
    .filter((t) => !seen.has(t.id) && seen.add(t.id));
}

/** Distinct nodes of `kind` with a protects edge to `targetId`, in edge order. */
export function protectorsOf(index: GraphIndex, targetId: string, kind: KindId): DiagramNode[] {
  const seen = new Set<string>();
  const out: DiagramNode[] = [];
  for (const edge of index.edgesIn(targetId, 'protects')) {
    const source = index.node(edge.source);
    if (source?.kind === kind && !seen.has(source.id)) {
      seen.add(source.id);
      out.push(source);
    }
  }
  return out;
}
