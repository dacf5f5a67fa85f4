/** Policy texts and diagrams shared by the policy rules' tests. */
import { diagram } from '../testing';

export const statement = (extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::site/*',
  ...extra,
});

export const policyText = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

export const withPolicy = (
  kind: 's3' | 'sns' | 'sqs',
  policy: string,
  props: Record<string, boolean> = {},
) => diagram({ nodes: [{ id: 'res', kind, label: 'site', props: { policy, ...props } }] });
