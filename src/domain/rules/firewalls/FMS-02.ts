import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { uncoveredNodes } from '../detection/coverage';
import { addServiceBeside } from '../detection/placeService';

/** Firewall Manager with no AWS Config recording beneath it. */
export const FMS_02 = defineRule({
  meta: {
    id: 'FMS-02',
    severity: 'error',
    group: 'firewalls',
    title: {
      en: 'Firewall Manager without AWS Config',
      ja: 'AWS Config なしで Firewall Manager を使っている',
    },
    why: {
      en: 'Firewall Manager relies on AWS Config to discover resources and to check them against its policies, so AWS Config must be enabled in each account and Region the policies cover.',
      ja: 'Firewall Manager は AWS Config を使ってリソースを検出し、ポリシーに沿っているかを確認します。そのため、ポリシーの対象となる各アカウントとリージョンで AWS Config を有効にしておく必要があります。',
    },
    fix: {
      en: 'Add AWS Config.',
      ja: 'AWS Config を追加してください。',
    },
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/fms-prereq.html',
    fixable: true,
  },
  check(graph, report) {
    for (const manager of uncoveredNodes(graph, ['firewall-manager'], 'config')) {
      report({
        nodes: [manager.id],
        message: message(
          (a) => `No AWS Config covers ${a.manager}.`,
          (a) => `${a.manager}を対象とする AWS Config がありません。`,
          { manager: nodeRef(manager) },
        ),
      });
    }
  },
  /** Adds AWS Config next to the Firewall Manager, in its scope. */
  fixFinding: (doc, finding) => addServiceBeside(doc, 'config', finding.nodes[0]),
});
