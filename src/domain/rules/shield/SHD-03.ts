import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { shieldsOfTier } from './advanced';

/** Shield Advanced drawn without anything to protect. */
export const SHD_03 = defineRule({
  meta: {
    id: 'SHD-03',
    severity: 'warning',
    group: 'shield',
    title: {
      en: 'Shield Advanced protects nothing',
      ja: 'Shield Advanced の保護対象がない',
    },
    why: {
      en: 'Subscribing to Shield Advanced does not protect anything by itself: each resource has to be added as a protection before Shield Advanced watches and mitigates attacks on it.',
      ja: 'Shield Advanced はサブスクライブしただけでは何も保護しません。リソースごとに保護対象として追加して初めて、そのリソースへの攻撃を監視・緩和します。',
    },
    fix: {
      en: 'Add protections: link the Shield Advanced node to the resources it should protect.',
      ja: '保護対象を追加してください。Shield Advanced を保護すべきリソースにつなぎます。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary-protected-resources.html',
  },
  check(graph, report) {
    for (const shield of shieldsOfTier(graph, 'advanced')) {
      if (graph.edgesOut(shield.id, 'protects').length > 0) continue;
      report({
        nodes: [shield.id],
        message: message(
          (a) => `${a.shield} has no protected resource.`,
          (a) => `${a.shield}に保護対象のリソースがありません。`,
          { shield: nodeRef(shield) },
        ),
      });
    }
  },
});
