/**
 * What the generator proposes for a node: the ARN of its resource (a placeholder built
 * from the node's label, since a diagram has no real account) and the actions that
 * resource's policy usually grants.
 */
import type { KindId } from '../kinds/types';

/** The account id AWS documentation uses in examples. */
export const EXAMPLE_ACCOUNT = '111122223333';

/** The kinds that carry a resource policy, and the actions offered for each. */
export const POLICY_ACTIONS: Partial<Record<KindId, readonly string[]>> = {
  s3: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket', 's3:*'],
  sns: ['sns:Publish', 'sns:Subscribe', 'sns:GetTopicAttributes', 'sns:*'],
  sqs: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:*'],
};

/** A resource name AWS accepts, from the node's label or id. */
function resourceName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'resource';
}

/** The ARN-like placeholder of a node's resource; a bucket's is that of its objects. */
export function resourceArn(kind: KindId, name: string, region = 'us-east-1'): string {
  const id = resourceName(name);
  switch (kind) {
    case 's3':
      return `arn:aws:s3:::${id}/*`;
    case 'sns':
    case 'sqs':
      return `arn:aws:${kind}:${region}:${EXAMPLE_ACCOUNT}:${id}`;
    default:
      return '*';
  }
}
