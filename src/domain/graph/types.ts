/**
 * Read-only queries over one diagram, built once (buildGraphIndex in graph/index.ts)
 * so that a whole validator run is linear in nodes plus edges.
 */
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../document/types';
import type { KindId } from '../kinds/types';

export interface GraphIndex {
  readonly doc: Diagram;
  node(id: string): DiagramNode | undefined;
  nodesOfKind(kind: KindId): readonly DiagramNode[];
  /** Direct children, in document order. */
  children(id: string | undefined): readonly DiagramNode[];
  /** Containers above `id`, nearest first. */
  ancestors(id: string): readonly DiagramNode[];
  /** Nearest ancestor of that kind (subnet(x), vpc(x), account(x) in rules.md). */
  nearest(id: string, kind: KindId): DiagramNode | undefined;
  /** Every node below `id`, any depth. */
  descendants(id: string): readonly DiagramNode[];
  /**
   * covers(S, x) of rules.md: S's parent is an ancestor of x, or S is at top level.
   */
  covers(serviceId: string, targetId: string): boolean;
  /** Nodes of `kind` that cover `targetId`. */
  coveringNodes(kind: KindId, targetId: string): readonly DiagramNode[];
  edgesOut(id: string, kind?: EdgeKind): readonly DiagramEdge[];
  edgesIn(id: string, kind?: EdgeKind): readonly DiagramEdge[];
  edgesOfKind(kind: EdgeKind): readonly DiagramEdge[];
  /** Node ids reachable along traffic edges from any `internet` node (internet nodes excluded). */
  reachableFromInternet(): ReadonlySet<string>;
  /**
   * Is `target` reachable from an internet node along traffic edges without passing
   * through `avoid`? (WAF-09: an ALB reached around its CloudFront.)
   */
  reachableFromInternetAvoiding(target: string, avoid: ReadonlySet<string>): boolean;
  /**
   * Entry points (rules.md): on traffic paths from `internet`, the first node that can
   * carry a WAF web ACL. Computed once.
   */
  entryPoints(): readonly DiagramNode[];
  /**
   * The first node of a kind in `kinds` on each traffic path from `internet` (SHD-07).
   */
  firstOnInternetPaths(kinds: ReadonlySet<KindId>): readonly DiagramNode[];
}
