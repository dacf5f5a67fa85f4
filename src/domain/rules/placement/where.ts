/**
 * Shared by the placement rules: the kinds above a node, and the words for where it is
 * and where it belongs.
 */
import type { DiagramNode, Localized } from '../../document/types';
import type { GraphIndex } from '../../graph/types';
import { getKind } from '../../kinds/catalogue';
import type { PlacementProblem } from '../../kinds/placement';
import { allowedParentKinds, placementProblem } from '../../kinds/placement';
import { nodeRef } from '../text';

/** placementProblem of kinds/placement.ts for one node of the diagram. */
export function problemOf(graph: GraphIndex, node: DiagramNode): PlacementProblem | null {
  return placementProblem(
    node.kind,
    graph.ancestors(node.id).map((a) => a.kind),
  );
}

/** "inside VPC 'main'" or "at the top level". */
export function whereItIs(graph: GraphIndex, node: DiagramNode): Localized {
  const parent = node.parent === undefined ? undefined : graph.node(node.parent);
  if (!parent) return { en: 'at the top level', ja: '最上位' };
  const ref = nodeRef(parent);
  return { en: `inside ${ref.en}`, ja: `${ref.ja}の中` };
}

/** "Subnet, Security group inside a subnet" / "サブネット、サブネット内のセキュリティグループ". */
export function whereItBelongs(node: DiagramNode): Localized {
  const allowed = allowedParentKinds(node.kind);
  const en: string[] = [];
  const ja: string[] = [];
  if (allowed.topLevel) {
    en.push('top level');
    ja.push('最上位');
  }
  for (const kind of allowed.parents) {
    const name = getKind(kind).name;
    const nested = kind === 'security-group' && allowed.securityGroupNeedsSubnet;
    en.push(nested ? `${name.en} inside a subnet` : name.en);
    ja.push(nested ? `サブネット内の${name.ja}` : name.ja);
  }
  return { en: en.join(', '), ja: ja.join('、') };
}
