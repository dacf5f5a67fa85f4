import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { uncoveredNodes } from './coverage';
import { addServiceBeside } from './placeService';

/** Detective drawn where GuardDuty is not on. */
export const DET_01 = defineRule({
  meta: {
    id: 'DET-01',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'Detective without GuardDuty',
      ja: 'GuardDuty なしで Detective を使っている',
    },
    why: {
      en: 'Amazon Detective investigates security findings by building a behaviour graph from GuardDuty findings together with CloudTrail logs and VPC Flow Logs. GuardDuty has to be enabled before Detective can be turned on.',
      ja: 'Amazon Detective は GuardDuty の検出結果と CloudTrail ログ、VPC フローログから動作グラフを作り、セキュリティの検出結果を調査します。Detective を有効にする前に、GuardDuty を有効にしておく必要があります。',
    },
    fix: {
      en: 'Enable GuardDuty in the same account as Detective.',
      ja: 'Detective と同じアカウントで GuardDuty を有効にしてください。',
    },
    source: 'https://docs.aws.amazon.com/detective/latest/userguide/detective-prerequisites.html',
    fixable: true,
  },
  check(graph, report) {
    for (const detective of uncoveredNodes(graph, ['detective'], 'guardduty')) {
      report({
        nodes: [detective.id],
        message: message(
          (a) => `No GuardDuty covers ${a.detective}.`,
          (a) => `${a.detective}を対象とする GuardDuty がありません。`,
          { detective: nodeRef(detective) },
        ),
      });
    }
  },
  /** Adds GuardDuty next to the Detective, in its scope. */
  fixFinding: (doc, finding) => addServiceBeside(doc, 'guardduty', finding.nodes[0]),
});
