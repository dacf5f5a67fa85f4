import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** Lambda code scanning switched on alone. */
export const INS_03 = defineRule({
  meta: {
    id: 'INS-03',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Lambda code scanning without Lambda standard scanning',
      ja: 'Lambda 標準スキャンなしで Lambda コードスキャンを有効にしている',
    },
    why: {
      en: 'Lambda standard scanning checks the packages that a function and its layers depend on; Lambda code scanning also checks the code you wrote yourself. Code scanning is turned on together with standard scanning and cannot run on its own.',
      ja: 'Lambda 標準スキャンは関数とレイヤーが依存するパッケージを、Lambda コードスキャンは自分で書いたコードを調べます。コードスキャンは標準スキャンとあわせて有効になるもので、単独では動きません。',
    },
    fix: {
      en: 'Enable Lambda standard scanning.',
      ja: 'Lambda 標準スキャンを有効にしてください。',
    },
    source: 'https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html',
  },
  check(graph, report) {
    for (const inspector of graph.nodesOfKind('inspector')) {
      if (inspector.props.lambdaCode !== true || inspector.props.lambdaStandard !== false) continue;
      report({
        nodes: [inspector.id],
        message: message(
          (a) => `${a.inspector} has Lambda code scanning on but Lambda standard scanning off.`,
          (a) =>
            `${a.inspector}で Lambda コードスキャンが有効ですが、Lambda 標準スキャンが無効です。`,
          { inspector: nodeRef(inspector) },
        ),
      });
    }
  },
});
