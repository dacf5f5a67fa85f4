import type { KindId } from '../../kinds/types';
import { protectorsOf } from '../protects';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { isShieldAdvanced } from './advanced';

/** The kinds at the edge of the network that Shield Advanced is usually put on. */
const EDGE_KINDS: ReadonlySet<KindId> = new Set<KindId>([
  'cloudfront',
  'route53',
  'global-accelerator',
  'alb',
]);

/** The internet-facing edge without Shield Advanced. */
export const SHD_07 = defineRule({
  meta: {
    id: 'SHD-07',
    severity: 'info',
    group: 'shield',
    title: {
      en: 'Internet-facing edge without Shield Advanced',
      ja: 'インターネットに面した入口に Shield Advanced がない',
    },
    why: {
      en: 'Shield Standard covers network and transport layer attacks only. Shield Advanced on the first CloudFront, Route 53, Global Accelerator or ALB that internet traffic reaches adds application-layer DDoS detection and mitigation, cost protection and access to the Shield Response Team. Prowler checks this with its shield_advanced_protection_in_* checks.',
      ja: 'Shield Standard が防ぐのはネットワーク層・トランスポート層の攻撃だけです。インターネットからの通信が最初に届く CloudFront、Route 53、Global Accelerator、ALB に Shield Advanced を付けると、アプリケーション層の DDoS 検出と緩和、コスト保護、Shield Response Team への相談が加わります。Prowler の shield_advanced_protection_in_* チェックがこれを確認します。',
    },
    fix: {
      en: 'Consider protecting it with Shield Advanced for L7 DDoS protection and the Shield Response Team.',
      ja: 'L7 の DDoS 対策と Shield Response Team の支援のため、Shield Advanced での保護を検討してください。',
    },
    source: 'https://hub.prowler.com/check/shield_advanced_protection_in_cloudfront_distributions',
  },
  check(graph, report) {
    for (const edge of graph.firstOnInternetPaths(EDGE_KINDS)) {
      if (protectorsOf(graph, edge.id, 'shield').some(isShieldAdvanced)) continue;
      report({
        nodes: [edge.id],
        message: message(
          (a) =>
            `${a.node} is the first thing internet traffic reaches and has no Shield Advanced protection.`,
          (a) =>
            `${a.node}はインターネットからの通信が最初に届くリソースですが、Shield Advanced で保護されていません。`,
          { node: nodeRef(edge) },
        ),
      });
    }
  },
});
