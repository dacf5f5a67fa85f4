import type { KindId } from '../../kinds/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { linksOut } from './links';

/** What Inspector scans (rules.md INS-01). */
const SCANNABLE: ReadonlySet<KindId> = new Set<KindId>(['ec2', 'ecr', 'lambda']);

/** Inspector pointed at something it does not scan. */
export const INS_01 = defineRule({
  meta: {
    id: 'INS-01',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Inspector monitoring a resource it cannot scan',
      ja: 'Inspector がスキャンできないリソースを監視している',
    },
    why: {
      en: 'Amazon Inspector scans EC2 instances, container images in ECR and Lambda functions for software vulnerabilities and unintended network exposure. It does not scan S3 buckets, databases or load balancers; finding sensitive data in S3 is the job of Amazon Macie.',
      ja: 'Amazon Inspector がスキャンするのは EC2 インスタンス、ECR のコンテナイメージ、Lambda 関数で、ソフトウェアの脆弱性や意図しないネットワークへの露出を検出します。S3 バケット、データベース、ロードバランサーはスキャンしません。S3 の機密データを見つけるのは Amazon Macie の役割です。',
    },
    fix: {
      en: 'Remove the edge; use Macie for S3 buckets.',
      ja: 'この線を削除してください。S3 バケットには Macie を使います。',
    },
    source: 'https://docs.aws.amazon.com/inspector/latest/user/activate-scans.html',
  },
  check(graph, report) {
    for (const inspector of graph.nodesOfKind('inspector')) {
      for (const { edge, target } of linksOut(graph, inspector.id, 'monitors')) {
        if (SCANNABLE.has(target.kind)) continue;
        report({
          nodes: [inspector.id, target.id],
          message: message(
            (a) => `${a.inspector} monitors ${a.target}, which Inspector cannot scan.`,
            (a) =>
              `${a.inspector}が${a.target}を監視していますが、Inspector はこのリソースをスキャンできません。`,
            { inspector: nodeRef(inspector), target: nodeRef(target) },
          ),
          data: { edge: edge.id },
        });
      }
    }
  },
});
