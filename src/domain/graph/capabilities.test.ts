import { describe, expect, it } from 'vitest';
import { KINDS, defaultProps } from '../kinds/catalogue';
import type { KindId } from '../kinds/types';
import { isWafCapable, isWorkload } from './capabilities';

const node = (kind: KindId, props: Record<string, string> = {}) => ({
  kind,
  props: { ...defaultProps(kind), ...props },
});

describe('isWafCapable', () => {
  it('is true exactly for the kinds of rules.md, API Gateway only as a REST API', () => {
    const capable = KINDS.filter((k) => isWafCapable(node(k.id))).map((k) => k.id);
    expect(capable).toEqual([
      'cloudfront',
      'alb',
      'api-gateway',
      'appsync',
      'cognito-user-pool',
      'app-runner',
      'verified-access',
    ]);
    expect(isWafCapable(node('api-gateway', { apiType: 'rest' }))).toBe(true);
    expect(isWafCapable(node('api-gateway', { apiType: 'http' }))).toBe(false);
    expect(isWafCapable(node('api-gateway', { apiType: 'websocket' }))).toBe(false);
  });
});

describe('isWorkload', () => {
  it('is true exactly for the workloads of rules.md', () => {
    expect(KINDS.filter((k) => isWorkload({ kind: k.id })).map((k) => k.id)).toEqual([
      'alb',
      'nlb',
      'ec2',
      'lambda',
      'rds',
      's3',
      'ecr',
      'api-gateway',
      'app-runner',
    ]);
  });
});
