/**
 * The resource policies drawn in a diagram: every node whose kind has a `policy` prop
 * (docs/kinds.md) and a non-blank policy text, with the text read.
 */
import type { DiagramNode } from '../document/types';
import type { GraphIndex } from '../graph/types';
import { KINDS } from '../kinds/catalogue';
import type { KindId } from '../kinds/types';
import { isBlankPolicy, parsePolicy } from './parse';
import type { PolicyParse } from './parse';

/** The kinds that carry a resource policy, read from the catalogue. */
export const POLICY_KINDS: readonly KindId[] = KINDS.filter((k) =>
  Object.values(k.props).some((spec) => spec.type === 'policy'),
).map((k) => k.id);

/** The prop holding a kind's policy. */
export const POLICY_PROP = 'policy';

export interface NodePolicy {
  node: DiagramNode;
  parsed: PolicyParse;
}

export function nodePolicies(graph: GraphIndex): NodePolicy[] {
  const out: NodePolicy[] = [];
  for (const kind of POLICY_KINDS) {
    for (const node of graph.nodesOfKind(kind)) {
      const text = node.props[POLICY_PROP];
      if (typeof text !== 'string' || isBlankPolicy(text)) continue;
      out.push({ node, parsed: parsePolicy(text) });
    }
  }
  return out;
}
