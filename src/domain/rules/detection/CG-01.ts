import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** CodeGuru Security, which AWS has discontinued. */
export const CG_01 = defineRule({
  meta: {
    id: 'CG-01',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'CodeGuru Security is discontinued',
      ja: 'CodeGuru Security は提供が終了している',
    },
    why: {
      en: 'Amazon CodeGuru Security reached its end of support on 20 November 2025 and no longer scans code. Amazon Inspector code scanning serves the same purpose.',
      ja: 'Amazon CodeGuru Security は 2025 年 11 月 20 日にサポートが終了し、コードのスキャンはもう行われません。同じ目的には Amazon Inspector のコードスキャンを使います。',
    },
    fix: {
      en: 'Use Amazon Inspector code scanning instead.',
      ja: '代わりに Amazon Inspector のコードスキャンを使ってください。',
    },
    source: 'https://docs.aws.amazon.com/codeguru/latest/security-ug/end-of-support.html',
  },
  check(graph, report) {
    for (const codeguru of graph.nodesOfKind('codeguru')) {
      if (codeguru.props.product !== 'security') continue;
      report({
        nodes: [codeguru.id],
        message: message(
          (a) => `${a.codeguru} is CodeGuru Security, which was discontinued on 20 November 2025.`,
          (a) => `${a.codeguru}は、2025 年 11 月 20 日に提供が終了した CodeGuru Security です。`,
          { codeguru: nodeRef(codeguru) },
        ),
      });
    }
  },
});
