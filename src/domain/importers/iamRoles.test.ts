import { describe, expect, it } from 'vitest';
import { accessLevelOf, managedPolicyLevel, trustOf, trustOfText } from './iamRoles';

describe('managedPolicyLevel', () => {
  it('places the AWS managed policies for job functions, in any partition', () => {
    expect(managedPolicyLevel('arn:aws:iam::aws:policy/AdministratorAccess')).toBe('administrator');
    expect(managedPolicyLevel('arn:aws:iam::aws:policy/PowerUserAccess')).toBe('power-user');
    for (const name of [
      'ReadOnlyAccess',
      'ViewOnlyAccess',
      'SecurityAudit',
      'job-function/ViewOnlyAccess',
    ])
      expect(managedPolicyLevel(`arn:aws:iam::aws:policy/${name}`), name).toBe('read-only');
    expect(managedPolicyLevel('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')).toBe('read-only');
    expect(managedPolicyLevel('arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess')).toBe(
      'power-user',
    );
  });

  it('places no other policy', () => {
    expect(managedPolicyLevel('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBe(
      undefined,
    );
    expect(managedPolicyLevel('arn:aws:iam::aws:policy/AmazonS3FullAccess')).toBe(undefined);
    expect(managedPolicyLevel('AdministratorAccess')).toBe(undefined);
  });
});

describe('accessLevelOf', () => {
  it('is administrator as soon as one is, else unknown with one unknown, else the widest', () => {
    expect(accessLevelOf([undefined, 'administrator'])).toBe('administrator');
    expect(accessLevelOf(['power-user', undefined])).toBe(undefined);
    expect(accessLevelOf(['read-only', 'power-user', 'read-only'])).toBe('power-user');
    expect(accessLevelOf([])).toBe(undefined);
  });
});

describe('trustOf', () => {
  it('reads the services or accounts of the Allow statements', () => {
    expect(
      trustOf({
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'ec2.amazonaws.com'] } },
          { Effect: 'Deny', Principal: { AWS: '111122223333' } },
        ],
      }),
    ).toEqual({ trust: 'service', trustedPrincipal: 'ec2.amazonaws.com' });
    expect(
      trustOf({
        Statement: { Effect: 'Allow', Principal: { AWS: ['444455556666'], Service: 'x' } },
      }),
    ).toEqual({ trust: 'account', trustedPrincipal: '444455556666' });
    expect(trustOf({ Statement: [{ Effect: 'Allow', Principal: '*' }] })).toEqual({
      trust: 'account',
      trustedPrincipal: '*',
    });
  });

  it('gives nothing for a federated principal or what is not a trust policy', () => {
    expect(
      trustOf({
        Statement: [{ Effect: 'Allow', Principal: { Federated: 'accounts.google.com' } }],
      }),
    ).toBe(undefined);
    expect(trustOf({})).toBe(undefined);
    expect(trustOf('text')).toBe(undefined);
    expect(trustOfText('{not json')).toBe(undefined);
    expect(
      trustOfText(
        '{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]}',
      ),
    ).toEqual({ trust: 'service', trustedPrincipal: 'lambda.amazonaws.com' });
  });
});
