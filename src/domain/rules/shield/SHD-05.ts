import { removeElements } from '../../commands';
import { protections } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { shieldsOfTier } from './advanced';

/** A Shield Standard node linked to a resource as if it were attached. */
export const SHD_05 = defineRule({
  meta: {
    id: 'SHD-05',
    severity: 'warning',
    group: 'shield',
    title: {
      en: 'Shield Standard is not attached to resources',
      ja: 'Shield Standard はリソースに関連付けるものではない',
    },
    why: {
      en: 'Shield Standard is on automatically, at no cost, for every AWS customer and defends against network and transport layer (L3/L4) attacks. Nothing is attached to it. Protection against application-layer (L7) attacks needs Shield Advanced together with AWS WAF.',
      ja: 'Shield Standard はすべての AWS 利用者に無料で自動的に適用され、ネットワーク層・トランスポート層（L3/L4）の攻撃を防ぎます。リソースに関連付けるものはありません。アプリケーション層（L7）の攻撃への対策には、Shield Advanced と AWS WAF が必要です。',
    },
    fix: {
      en: 'Remove the edge, or switch the node to Shield Advanced.',
      ja: 'エッジを削除するか、Shield Advanced に切り替えてください。',
    },
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-standard-summary.html',
    fixable: true,
  },
  check(graph, report) {
    for (const shield of shieldsOfTier(graph, 'standard')) {
      for (const { edge, target } of protections(graph, shield.id)) {
        report({
          nodes: [shield.id, target.id],
          message: message(
            (a) =>
              `${a.shield} is Shield Standard, which is automatic, yet it is linked to ${a.target}.`,
            (a) =>
              `${a.shield}は自動で適用される Shield Standard なのに、${a.target}につながっています。`,
            { shield: nodeRef(shield), target: nodeRef(target) },
          ),
          data: { edge: edge.id },
        });
      }
    }
  },
  fixFinding(doc, finding) {
    const edge = finding.data?.edge;
    return typeof edge === 'string' ? removeElements(doc, { nodes: [], edges: [edge] }) : doc;
  },
});
