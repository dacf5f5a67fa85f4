import { describe, expect, it } from 'vitest';
import { KINDS } from './catalogue';
import { foldForSearch, searchKinds } from './search';
import type { KindId } from './types';

const found = (query: string) => searchKinds(query).map((k) => k.id);

describe('foldForSearch', () => {
  it('folds width, case, kana and separators', () => {
    expect(foldForSearch('ＧｕａｒｄＤｕｔｙ')).toBe('guardduty');
    expect(foldForSearch('ｶﾞｰﾄﾞ')).toBe(foldForSearch('ガード'));
    expect(foldForSearch('がーど')).toBe(foldForSearch('ガード'));
    expect(foldForSearch('Security Group')).toBe(foldForSearch('security-group'));
    expect(foldForSearch('ガードデューティー')).toBe(foldForSearch('ガードデューティ'));
    expect(foldForSearch('IDS/IPS')).toBe('idsips');
  });
});

describe('searchKinds', () => {
  it("finds GuardDuty from 'guard' and 'ガード' in any width, case or kana", () => {
    for (const q of [
      'guard',
      'GUARD',
      'ＧＵＡＲＤ',
      'GuardDuty',
      'ガード',
      'がーど',
      'ｶﾞｰﾄﾞ',
      'ガードデューティー',
      '脅威検出',
      'threat',
    ]) {
      expect(found(q)[0], q).toBe('guardduty');
    }
  });

  it('finds every kind first by its id and by its name in either language', () => {
    for (const kind of KINDS) {
      expect(found(kind.id)[0], kind.id).toBe(kind.id);
      expect(found(kind.name.en)[0], kind.name.en).toBe(kind.id);
      expect(found(kind.name.ja)[0], kind.name.ja).toBe(kind.id);
      expect(found(kind.name.en.toUpperCase())[0], kind.name.en).toBe(kind.id);
    }
  });

  it('finds kinds by their keywords', () => {
    for (const kind of KINDS) {
      for (const keyword of kind.keywords ?? []) {
        expect(found(keyword), `${kind.id}: ${keyword}`).toContain(kind.id);
      }
    }
  });

  it('ignores spaces and separators and matches Japanese spellings', () => {
    expect(found('security group')[0]).toBe('security-group');
    expect(found('セキュリティ グループ')[0]).toBe('security-group');
    expect(found('ネットワークacl')[0]).toBe('network-acl');
    expect(found('ネットワーク ACL')[0]).toBe('network-acl');
    expect(found('nacl')[0]).toBe('network-acl');
    expect(found('ロードバランサー')).toEqual(['alb', 'nlb']);
    expect(found('vpc flow logs')[0]).toBe('vpc-flow-logs');
    expect(found('フローログ')[0]).toBe('vpc-flow-logs');
  });

  it('ranks names before keywords and keeps palette order within a rank', () => {
    const firewall = found('firewall');
    expect(firewall[0]).toBe('firewall-manager');
    expect(firewall).toEqual(
      expect.arrayContaining(['security-group', 'network-acl', 'network-firewall', 'waf']),
    );
    expect(firewall.indexOf('network-acl')).toBeLessThan(firewall.indexOf('waf'));
    expect(found('waf')[0]).toBe('waf');
  });

  it('returns every kind for an empty query and nothing for an unknown word', () => {
    expect(found('')).toEqual(KINDS.map((k) => k.id));
    expect(found('   ')).toEqual(KINDS.map((k) => k.id));
    expect(found('zzzz')).toEqual([]);
    expect(found('kubernetes-operator')).toEqual([]);
  });

  it('finds every service the seed notes name', () => {
    const seedServices: [string, KindId][] = [
      ['IPS', 'ids-ips'],
      ['IDS', 'ids-ips'],
      ['ネットワークACL', 'network-acl'],
      ['セキュリティグループ', 'security-group'],
      ['WAF', 'waf'],
      ['CloudFront', 'cloudfront'],
      ['API Gateway', 'api-gateway'],
      ['ALB', 'alb'],
      ['AppSync', 'appsync'],
      ['Cognito', 'cognito-user-pool'],
      ['App Runner', 'app-runner'],
      ['Verified Access', 'verified-access'],
      ['Firewall Manager', 'firewall-manager'],
      ['Organizations', 'organization'],
      ['Network Firewall', 'network-firewall'],
      ['Internet Gateway', 'internet-gateway'],
      ['VPC', 'vpc'],
      ['Shield', 'shield'],
      ['Guard Duty', 'guardduty'],
      ['VPCフローログ', 'vpc-flow-logs'],
      ['CloudTrail', 'cloudtrail'],
      ['DNS', 'route53'],
      ['Security Hub', 'security-hub'],
      ['EventBridge', 'eventbridge'],
      ['CIS', 'security-hub'],
      ['Inspector', 'inspector'],
      ['EC2', 'ec2'],
      ['ECR', 'ecr'],
      ['Lambda', 'lambda'],
      ['Systems Manager', 'systems-manager'],
      ['SSM', 'systems-manager'],
      ['SNS', 'sns'],
      ['CodeGuru', 'codeguru'],
      ['DevOps Guru', 'devops-guru'],
      ['Macie', 'macie'],
      ['メイシー', 'macie'],
      ['S3', 's3'],
      ['Detective', 'detective'],
      ['Artifact', 'artifact'],
      ['PCI DSS', 'artifact'],
      ['SOC', 'artifact'],
      ['IAM', 'iam-role'],
      ['IAM ロール', 'iam-role'],
      ['読み取り専用', 'iam-role'],
    ];
    for (const [query, kind] of seedServices) expect(found(query), query).toContain(kind);
  });
});
