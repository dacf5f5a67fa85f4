import { hasCondition, isAnyone } from '../../policy/model';
import { nodePolicies } from '../../policy/nodePolicies';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A bucket policy that would make the bucket public (an Allow to anyone without a
 * condition) while Block Public Access is on: S3 blocks such a policy, so it has no
 * effect. One finding per bucket.
 */
export const POL_02 = defineRule({
  meta: {
    id: 'POL-02',
    severity: 'info',
    group: 'data',
    title: {
      en: 'Public bucket policy blocked by Block Public Access',
      ja: 'パブリックなバケットポリシーがブロックパブリックアクセスで無効',
    },
    why: {
      en: 'With Block Public Access on, S3 refuses to store a bucket policy that grants public access, and ignores one already there, so only AWS service principals and accounts named in the policy keep their access. A public grant in the policy has no effect: the bucket stays private.',
      ja: 'ブロックパブリックアクセスが有効だと、S3 はパブリックアクセスを許可するバケットポリシーの設定を拒否し、すでにあるものも無視するため、ポリシーで名指しされたサービスプリンシパルやアカウントだけがアクセスを保ちます。ポリシーの公開の許可は効果がなく、バケットは非公開のままです。',
    },
    fix: {
      en: 'Remove the public statement, or serve the content through CloudFront with origin access control.',
      ja: '公開のステートメントを削除するか、オリジンアクセスコントロールを使った CloudFront から配信してください。',
    },
    source:
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  },
  check(graph, report) {
    for (const { node, parsed } of nodePolicies(graph)) {
      if (node.kind !== 's3' || node.props.blockPublicAccess === false || !parsed.ok) continue;
      const isPublic = parsed.policy.statements.some(
        (s) => s.effect === 'Allow' && isAnyone(s.principal) && !hasCondition(s),
      );
      if (!isPublic) continue;
      const args = { bucket: nodeRef(node) };
      report({
        nodes: [node.id],
        message: message(
          (a) =>
            `The policy of ${a.bucket} makes it public, but Block Public Access is on: the grant has no effect.`,
          (a) =>
            `${a.bucket}のポリシーは公開を許可していますが、ブロックパブリックアクセスが有効なので効果がありません。`,
          args,
        ),
        fix: message(
          (a) => `Remove the public statement from the policy of ${a.bucket}.`,
          (a) => `${a.bucket}のポリシーから公開のステートメントを削除してください。`,
          args,
        ),
      });
    }
  },
});
