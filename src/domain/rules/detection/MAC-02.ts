import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { coverageBy } from './coverage';

/** A bucket marked as holding sensitive data that no Macie looks at. */
export const MAC_02 = defineRule({
  meta: {
    id: 'MAC-02',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'Sensitive S3 data without Macie',
      ja: '機密データを置く S3 バケットを Macie が対象にしていない',
    },
    why: {
      en: 'A bucket that holds personal or other sensitive data should be analysed by Amazon Macie, which finds that data automatically and reports where it is at risk. Security Hub control Macie.1 checks that Macie is enabled.',
      ja: '個人情報などの機密データを置くバケットは Amazon Macie で分析すべきです。Macie はそうしたデータを自動で見つけ、リスクのある場所を知らせます。Security Hub のコントロール Macie.1 も Macie が有効かどうかをチェックします。',
    },
    fix: {
      en: "Enable Macie in the bucket's account.",
      ja: 'バケットのアカウントで Macie を有効にしてください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/macie-controls.html',
  },
  check(graph, report) {
    const macie = coverageBy(graph, 'macie');
    for (const bucket of graph.nodesOfKind('s3')) {
      if (bucket.props.sensitiveData !== true || macie.has(bucket.id)) continue;
      report({
        nodes: [bucket.id],
        message: message(
          (a) => `${a.bucket} holds sensitive data, but no Macie covers it.`,
          (a) => `${a.bucket}には機密データがありますが、対象とする Macie がありません。`,
          { bucket: nodeRef(bucket) },
        ),
      });
    }
  },
});
