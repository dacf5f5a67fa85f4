import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A bucket that can be made public: Block Public Access off, or a CloudFront origin
 * without origin access control (which only works when the bucket is readable by all).
 * Each cause is its own finding.
 */
export const S3_01 = defineRule({
  meta: {
    id: 'S3-01',
    severity: 'warning',
    group: 'data',
    title: {
      en: 'S3 bucket open to public access',
      ja: 'S3 バケットがパブリックアクセスを受け付ける状態',
    },
    why: {
      en: 'S3 Block Public Access overrides any bucket policy or ACL that would make data public, so it should be on for every bucket. A bucket used as a CloudFront origin should accept requests only from that distribution, through origin access control, rather than be readable by anyone who finds its address.',
      ja: 'S3 のブロックパブリックアクセスは、データを公開してしまうバケットポリシーや ACL を無効にするため、すべてのバケットで有効にすべきです。CloudFront のオリジンにしたバケットも、オリジンアクセスコントロール（OAC）でそのディストリビューションからのリクエストだけを受け付け、アドレスを知る誰もが読める状態にしないようにします。',
    },
    fix: {
      en: 'Block public access; use origin access control.',
      ja: 'ブロックパブリックアクセスを有効にし、オリジンアクセスコントロールを使ってください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  },
  check(graph, report) {
    for (const bucket of graph.nodesOfKind('s3')) {
      const args = { bucket: nodeRef(bucket) };
      if (bucket.props.blockPublicAccess === false) {
        report({
          nodes: [bucket.id],
          message: message(
            (a) => `${a.bucket} has Block Public Access off.`,
            (a) => `${a.bucket}のブロックパブリックアクセスが無効です。`,
            args,
          ),
          fix: message(
            (a) => `Turn Block Public Access on for ${a.bucket}.`,
            (a) => `${a.bucket}のブロックパブリックアクセスを有効にしてください。`,
            args,
          ),
        });
      }
      const seen = new Set<string>();
      for (const edge of graph.edgesIn(bucket.id, 'traffic')) {
        const cloudfront = graph.node(edge.source);
        if (cloudfront?.kind !== 'cloudfront' || seen.has(cloudfront.id)) continue;
        seen.add(cloudfront.id);
        if (cloudfront.props.originAccessControl !== false) continue;
        const pair = { ...args, cloudfront: nodeRef(cloudfront) };
        report({
          nodes: [bucket.id, cloudfront.id],
          message: message(
            (a) =>
              `${a.cloudfront} reaches ${a.bucket} without origin access control, so the bucket has to be readable by anyone.`,
            (a) =>
              `${a.cloudfront}がオリジンアクセスコントロールなしで${a.bucket}にアクセスしているため、バケットを誰でも読める状態にしておく必要があります。`,
            pair,
          ),
          fix: message(
            (a) => `Turn origin access control on in ${a.cloudfront}.`,
            (a) => `${a.cloudfront}でオリジンアクセスコントロールを有効にしてください。`,
            pair,
          ),
        });
      }
    }
  },
});
