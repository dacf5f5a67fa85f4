import { describe, expect, it } from 'vitest';
import { KINDS } from './catalogue';
import { allowedParentKinds, placementProblem } from './placement';
import type { KindId } from './types';

type Case = [kind: KindId, ancestors: KindId[], expected: ReturnType<typeof placementProblem>];

function check(cases: Case[]) {
  for (const [kind, ancestors, expected] of cases) {
    expect(
      { kind, ancestors, problem: placementProblem(kind, ancestors) },
      `${kind} in [${ancestors.join(' < ')}]`,
    ).toEqual({ kind, ancestors, problem: expected });
  }
}

describe('placementProblem', () => {
  it('top: only at top level', () => {
    check([
      ['organization', [], null],
      ['internet', [], null],
      ['organization', ['organization'], 'misplaced'],
      ['internet', ['account'], 'misplaced'],
      ['internet', ['vpc'], 'misplaced'],
    ]);
  });

  it('account: top level or directly in an organization; never in an account', () => {
    check([
      ['account', [], null],
      ['account', ['organization'], null],
      ['account', ['account'], 'misplaced'],
      ['account', ['account', 'organization'], 'misplaced'],
      ['account', ['region'], 'misplaced'],
    ]);
  });

  it('region: top level, organization or account', () => {
    check([
      ['region', [], null],
      ['region', ['organization'], null],
      ['region', ['account'], null],
      ['region', ['account', 'organization'], null],
      ['region', ['region'], 'misplaced'],
      ['region', ['vpc'], 'misplaced'],
    ]);
  });

  it('scope: top level or organization/account/region, never under a network container', () => {
    check([
      ['guardduty', [], null],
      ['guardduty', ['organization'], null],
      ['guardduty', ['account', 'organization'], null],
      ['guardduty', ['region', 'account', 'organization'], null],
      ['vpc', ['region', 'account'], null],
      ['guardduty', ['vpc', 'region'], 'scope-in-vpc'],
      ['guardduty', ['subnet', 'vpc', 'region'], 'scope-in-vpc'],
      ['guardduty', ['security-group', 'vpc'], 'scope-in-vpc'],
      // The parent is allowed, but a VPC further up still makes it PLC-01.
      ['guardduty', ['region', 'vpc'], 'scope-in-vpc'],
      ['s3', ['subnet', 'vpc'], 'scope-in-vpc'],
      ['cloudfront', ['vpc'], 'scope-in-vpc'],
      ['waf', ['security-group', 'subnet', 'vpc'], 'scope-in-vpc'],
      ['vpc', ['vpc'], 'scope-in-vpc'],
    ]);
  });

  it('reports every kind whose placement is scope alone as scope-in-vpc inside a VPC', () => {
    const scopeOnly = KINDS.filter((k) => k.placement.join() === 'scope').map((k) => k.id);
    // kinds.md: every "scope" row except lambda and vpc-flow-logs, which may also sit in a VPC;
    // docs/kinds.md adds sqs and iam-role.
    expect(scopeOnly).toEqual([
      'vpc',
      'route53',
      'cloudfront',
      'global-accelerator',
      's3',
      'sqs',
      'ecr',
      'api-gateway',
      'appsync',
      'cognito-user-pool',
      'app-runner',
      'verified-access',
      'waf',
      'shield',
      'firewall-manager',
      'guardduty',
      'security-hub',
      'inspector',
      'macie',
      'detective',
      'config',
      'cloudtrail',
      'systems-manager',
      'eventbridge',
      'sns',
      'codeguru',
      'devops-guru',
      'artifact',
      'iam-role',
    ]);
    for (const kind of scopeOnly) {
      expect(placementProblem(kind, ['subnet', 'vpc', 'region']), kind).toBe('scope-in-vpc');
      expect(placementProblem(kind, ['account']), kind).toBeNull();
    }
  });

  it('vpc: exactly a VPC', () => {
    check([
      ['subnet', ['vpc'], null],
      ['subnet', ['vpc', 'region'], null],
      ['internet-gateway', ['vpc'], null],
      ['subnet', [], 'misplaced'],
      ['subnet', ['region'], 'misplaced'],
      ['subnet', ['subnet', 'vpc'], 'misplaced'],
      ['subnet', ['security-group', 'vpc'], 'misplaced'],
      ['internet-gateway', ['subnet', 'vpc'], 'misplaced'],
      ['internet-gateway', [], 'misplaced'],
    ]);
  });

  it('vpc-any: a VPC, a subnet or a security group', () => {
    check([
      ['security-group', ['vpc'], null],
      ['security-group', ['subnet', 'vpc'], null],
      ['security-group', ['security-group', 'vpc'], null],
      ['alb', ['vpc'], null],
      ['alb', ['subnet', 'vpc'], null],
      ['nlb', ['security-group', 'subnet', 'vpc'], null],
      ['security-group', [], 'misplaced'],
      ['security-group', ['region'], 'misplaced'],
      ['alb', [], 'misplaced'],
      ['alb', ['account'], 'misplaced'],
    ]);
  });

  it('subnet: exactly a subnet', () => {
    check([
      ['nat-gateway', ['subnet', 'vpc'], null],
      ['nat-gateway', ['vpc'], 'misplaced'],
      ['nat-gateway', ['security-group', 'subnet', 'vpc'], 'misplaced'],
      ['nat-gateway', [], 'misplaced'],
    ]);
  });

  it('subnet-any: a subnet, or a security group with a subnet above it', () => {
    check([
      ['ec2', ['subnet', 'vpc'], null],
      ['ec2', ['security-group', 'subnet', 'vpc'], null],
      ['ec2', ['security-group', 'security-group', 'subnet', 'vpc'], null],
      ['rds', ['subnet'], null],
      ['ids-ips', ['security-group', 'subnet'], null],
      ['ec2', ['security-group', 'vpc'], 'misplaced'],
      ['ec2', ['vpc'], 'misplaced'],
      ['ec2', [], 'misplaced'],
      ['rds', ['region'], 'misplaced'],
      ['ids-ips', ['vpc'], 'misplaced'],
    ]);
  });

  it('network-acl and network-firewall: a subnet or a VPC', () => {
    check([
      ['network-acl', ['subnet', 'vpc'], null],
      ['network-acl', ['vpc'], null],
      ['network-firewall', ['subnet', 'vpc'], null],
      ['network-firewall', ['vpc'], null],
      ['network-acl', ['security-group', 'subnet', 'vpc'], 'misplaced'],
      ['network-acl', [], 'misplaced'],
      ['network-firewall', ['region'], 'misplaced'],
    ]);
  });

  it('lambda: scope or VPC-attached; a Lambda directly in a VPC is PLC-02, not PLC-01', () => {
    check([
      ['lambda', [], null],
      ['lambda', ['account'], null],
      ['lambda', ['subnet', 'vpc'], null],
      ['lambda', ['security-group', 'subnet', 'vpc'], null],
      ['lambda', ['vpc'], 'misplaced'],
      ['lambda', ['security-group', 'vpc'], 'misplaced'],
    ]);
  });

  it('vpc-flow-logs: inside the VPC or subnet it records, or at scope level', () => {
    check([
      ['vpc-flow-logs', [], null],
      ['vpc-flow-logs', ['region'], null],
      ['vpc-flow-logs', ['vpc'], null],
      ['vpc-flow-logs', ['subnet', 'vpc'], null],
      ['vpc-flow-logs', ['security-group', 'vpc'], null],
    ]);
  });

  it('a non-container parent is always misplaced, even for scope services under a VPC', () => {
    check([
      ['ec2', ['rds', 'subnet', 'vpc'], 'misplaced'],
      ['guardduty', ['ec2', 'subnet', 'vpc'], 'misplaced'],
      ['s3', ['lambda'], 'misplaced'],
      ['vpc-flow-logs', ['internet'], 'misplaced'],
    ]);
  });
});

describe('allowedParentKinds', () => {
  it('lists the direct parents of each placement', () => {
    expect(allowedParentKinds('organization')).toEqual({
      topLevel: true,
      parents: [],
      securityGroupNeedsSubnet: false,
      outsideNetworksOnly: false,
    });
    expect(allowedParentKinds('account').parents).toEqual(['organization']);
    expect(allowedParentKinds('region').parents).toEqual(['organization', 'account']);
    expect(allowedParentKinds('ec2')).toEqual({
      topLevel: false,
      parents: ['subnet', 'security-group'],
      securityGroupNeedsSubnet: true,
      outsideNetworksOnly: false,
    });
    expect(allowedParentKinds('lambda')).toEqual({
      topLevel: true,
      parents: ['organization', 'account', 'region', 'subnet', 'security-group'],
      securityGroupNeedsSubnet: true,
      outsideNetworksOnly: true,
    });
    expect(allowedParentKinds('vpc-flow-logs')).toEqual({
      topLevel: true,
      parents: ['organization', 'account', 'region', 'vpc', 'subnet', 'security-group'],
      securityGroupNeedsSubnet: false,
      outsideNetworksOnly: true,
    });
    expect(allowedParentKinds('network-acl').parents).toEqual(['vpc', 'subnet']);
  });

  it('agrees with placementProblem for every kind and every one-level parent', () => {
    const containers = KINDS.filter((k) => k.container).map((k) => k.id);
    for (const { id } of KINDS) {
      const allowed = allowedParentKinds(id);
      expect(placementProblem(id, []) === null, `${id} at top`).toBe(allowed.topLevel);
      for (const parent of containers) {
        // A lone security group has no subnet above it, so subnet-any kinds refuse it.
        const expectAllowed =
          allowed.parents.includes(parent) &&
          !(parent === 'security-group' && allowed.securityGroupNeedsSubnet);
        expect(placementProblem(id, [parent]) === null, `${id} in ${parent}`).toBe(expectAllowed);
      }
    }
  });
});
