import { describe, expect, it } from 'vitest';
import { modelOf, resource, template, unknownLines } from './testing';

const TRUST_ACCOUNT = `      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS:
                - "444455556666"
                - !Sub arn:aws:iam::\${AuditAccount}:root
            Action: sts:AssumeRole
          - Effect: Deny
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
`;

describe('IAM roles', () => {
  it('reads the level of AWS managed policies (administrator whatever else) and the accounts trusted', () => {
    const m = modelOf(
      template(
        `  Audit:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/SecurityAudit
        - arn:aws:iam::aws:policy/job-function/ViewOnlyAccess
${TRUST_ACCOUNT}  Admin:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - !Ref Custom
        - arn:aws:iam::aws:policy/AdministratorAccess
      Policies:
        - PolicyName: extra
          PolicyDocument: {}
      AssumeRolePolicyDocument: '{"Statement":[{"Effect":"Allow","Principal":{"Service":["lambda.amazonaws.com","edgelambda.amazonaws.com"]},"Action":"sts:AssumeRole"}]}'
  Custom:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {}
`,
        'Parameters:\n  AuditAccount:\n    Type: String\n',
      ),
    );
    expect(resource(m, 'Audit', 'iam-role')).toMatchObject({
      accessLevel: 'read-only',
      trust: 'account',
      trustedPrincipal: '444455556666, arn:aws:iam::${AuditAccount}:root',
    });
    expect(resource(m, 'Admin', 'iam-role')).toMatchObject({
      accessLevel: 'administrator',
      trust: 'service',
      trustedPrincipal: 'lambda.amazonaws.com, edgelambda.amazonaws.com',
    });
    expect(unknownLines(m)).toEqual([]);
  });

  it('reports what leaves the level or the trust unknown, and keeps the defaults', () => {
    const m = modelOf(
      template(
        `  Inline:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/PowerUserAccess
      Policies:
        - PolicyName: extra
          PolicyDocument: {}
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: cognito-identity.amazonaws.com }
            Action: sts:AssumeRoleWithWebIdentity
  Customer:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::111122223333:policy/deploy
        - !Ref PolicyArn
      AssumeRolePolicyDocument: !Ref TrustPolicy
  Nothing:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  Listed:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns: !Ref PolicyList
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
`,
        'Parameters:\n  PolicyArn:\n    Type: String\n  TrustPolicy:\n    Type: String\n  PolicyList:\n    Type: CommaDelimitedList\n',
      ),
    );
    expect(resource(m, 'Listed', 'iam-role').accessLevel).toBeUndefined();
    for (const id of ['Inline', 'Customer', 'Nothing']) {
      const role = resource(m, id, 'iam-role');
      expect(role.accessLevel, id).toBeUndefined();
      expect(role.trust, id).toBeUndefined();
    }
    expect(unknownLines(m)).toEqual([
      'Inline Properties.Policies: inline policies may grant anything: the access level cannot be known',
      'Inline Properties.AssumeRolePolicyDocument: the trust policy names no AWS account or service principal',
      'Customer Properties.ManagedPolicyArns[0]: arn:aws:iam::111122223333:policy/deploy is not an AWS managed policy for a job function: the access level cannot be known',
      'Customer Properties.ManagedPolicyArns[1]: parameter PolicyArn has no Default',
      'Customer Properties.AssumeRolePolicyDocument: parameter TrustPolicy has no Default',
      'Nothing Properties.AssumeRolePolicyDocument: the trust policy names no AWS account or service principal',
      'Listed Properties.ManagedPolicyArns: parameter PolicyList has no Default',
    ]);
  });
});
