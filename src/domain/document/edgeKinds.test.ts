import { describe, expect, it } from 'vitest';
import { inferEdgeKind } from './edgeKinds';
import type { KindId } from '../kinds/types';

describe('inferEdgeKind (format.md table, first match wins)', () => {
  const cases: [KindId, KindId, string][] = [
    ['waf', 'cloudfront', 'protects'],
    ['waf', 's3', 'protects'], // the classic mistake: protects wins over logs
    ['shield', 'alb', 'protects'],
    ['network-firewall', 's3', 'protects'],
    ['firewall-manager', 'waf', 'protects'],
    ['guardduty', 'security-hub', 'findings'],
    ['inspector', 'eventbridge', 'findings'],
    ['macie', 'sns', 'findings'],
    ['security-hub', 'lambda', 'findings'],
    ['detective', 'security-hub', 'findings'],
    ['guardduty', 'detective', 'findings'],
    ['guardduty', 'ec2', 'monitors'],
    ['config', 'security-hub', 'monitors'], // config is not a findings source
    ['cloudtrail', 's3', 'monitors'], // monitors comes before logs
    ['vpc-flow-logs', 'vpc', 'monitors'],
    ['ids-ips', 'ec2', 'monitors'],
    ['codeguru', 'lambda', 'monitors'],
    ['devops-guru', 'rds', 'monitors'],
    ['security-hub', 'ec2', 'monitors'],
    ['eventbridge', 'lambda', 'notifies'],
    ['sns', 'lambda', 'notifies'],
    ['cloudfront', 's3', 'logs'],
    ['alb', 's3', 'logs'],
    ['nlb', 's3', 'logs'],
    ['internet', 'cloudfront', 'traffic'],
    ['cloudfront', 'alb', 'traffic'],
    ['alb', 'ec2', 'traffic'],
    ['ec2', 's3', 'traffic'],
    ['lambda', 'sns', 'traffic'],
  ];
  it.each(cases)('%s → %s is %s', (source, target, kind) => {
    expect(inferEdgeKind(source, target)).toBe(kind);
  });
});
