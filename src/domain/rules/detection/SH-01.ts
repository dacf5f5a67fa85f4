import type { Localized } from '../../document/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { coverageBy } from './coverage';
import { addServiceBeside } from './placeService';

const STANDARD_NAMES: Record<string, Localized> = {
  fsbp: {
    en: 'AWS Foundational Security Best Practices',
    ja: 'AWS 基礎セキュリティのベストプラクティス',
  },
  cis: { en: 'CIS AWS Foundations Benchmark', ja: 'CIS AWS Foundations Benchmark' },
};

function standardNames(standards: readonly string[]): Localized {
  const names = standards.map((s) => STANDARD_NAMES[s] ?? { en: s, ja: s });
  return { en: names.map((n) => n.en).join(', '), ja: names.map((n) => n.ja).join('、') };
}

/** Security Hub running standards with no AWS Config recording beneath them. */
export const SH_01 = defineRule({
  meta: {
    id: 'SH-01',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Security Hub standards without AWS Config',
      ja: 'AWS Config なしで Security Hub のセキュリティ基準を有効にしている',
    },
    why: {
      en: 'Most Security Hub controls are evaluated through AWS Config rules, so AWS Config must be recording resources in the account and Region before the checks of a security standard can run.',
      ja: 'Security Hub のコントロールの多くは AWS Config ルールで評価されます。そのため、セキュリティ基準のチェックを実行するには、そのアカウントとリージョンで AWS Config がリソースを記録している必要があります。',
    },
    fix: {
      en: 'Add AWS Config recording in the same account as Security Hub.',
      ja: 'Security Hub と同じアカウントで AWS Config の記録を有効にしてください。',
    },
    source:
      'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-setup-prereqs.html',
    fixable: true,
  },
  check(graph, report) {
    const config = coverageBy(graph, 'config');
    for (const hub of graph.nodesOfKind('security-hub')) {
      const standards = Array.isArray(hub.props.standards) ? (hub.props.standards as string[]) : [];
      if (standards.length === 0 || config.has(hub.id)) continue;
      report({
        nodes: [hub.id],
        message: message(
          (a) => `${a.hub} runs ${a.standards}, but no AWS Config covers it.`,
          (a) =>
            `${a.hub}で${a.standards}を有効にしていますが、対象とする AWS Config がありません。`,
          { hub: nodeRef(hub), standards: standardNames(standards) },
        ),
      });
    }
  },
  /** Adds AWS Config next to the Security Hub, in its scope. */
  fixFinding: (doc, finding) => addServiceBeside(doc, 'config', finding.nodes[0]),
});
