import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { linksOut } from './links';

/** Macie pointed at something other than an S3 bucket. */
export const MAC_01 = defineRule({
  meta: {
    id: 'MAC-01',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Macie monitoring something other than S3',
      ja: 'Macie が S3 以外を監視している',
    },
    why: {
      en: 'Amazon Macie discovers sensitive data, such as personal information, by analysing the objects in S3 buckets with machine learning and pattern matching. S3 is all it looks at: it cannot inspect databases, instances or other data stores.',
      ja: 'Amazon Macie は S3 バケットのオブジェクトを機械学習とパターンマッチングで分析し、個人情報などの機密データを見つけます。対象は S3 だけで、データベースやインスタンスなど他のデータストアは調べられません。',
    },
    fix: {
      en: 'Remove the edge.',
      ja: 'この線を削除してください。',
    },
    source: 'https://docs.aws.amazon.com/macie/latest/APIReference/welcome.html',
  },
  check(graph, report) {
    for (const macie of graph.nodesOfKind('macie')) {
      for (const { edge, target } of linksOut(graph, macie.id, 'monitors')) {
        if (target.kind === 's3') continue;
        report({
          nodes: [macie.id, target.id],
          message: message(
            (a) => `${a.macie} monitors ${a.target}, but Macie inspects S3 buckets only.`,
            (a) =>
              `${a.macie}が${a.target}を監視していますが、Macie が調べるのは S3 バケットだけです。`,
            { macie: nodeRef(macie), target: nodeRef(target) },
          ),
          data: { edge: edge.id },
        });
      }
    }
  },
});
