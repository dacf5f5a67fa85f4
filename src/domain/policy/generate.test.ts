import { describe, expect, it } from 'vitest';
import { appendStatement, statementJson } from './generate';
import { parsePolicy } from './parse';
import { resourceArn } from './resources';

describe('statementJson', () => {
  it('writes the principal as AWS does', () => {
    const base = { effect: 'Allow' as const, actions: ['s3:GetObject'], resource: '*' };
    expect(statementJson({ ...base, principal: { type: 'anyone' } }).Principal).toBe('*');
    expect(
      statementJson({ ...base, principal: { type: 'account', id: ' 111122223333 ' } }).Principal,
    ).toEqual({
      AWS: 'arn:aws:iam::111122223333:root',
    });
    expect(
      statementJson({
        ...base,
        principal: { type: 'account', id: 'arn:aws:iam::111122223333:role/Auditor' },
      }).Principal,
    ).toEqual({ AWS: 'arn:aws:iam::111122223333:role/Auditor' });
    expect(
      statementJson({ ...base, principal: { type: 'service', name: 'sns.amazonaws.com' } })
        .Principal,
    ).toEqual({
      Service: 'sns.amazonaws.com',
    });
  });

  it('writes one action as text, several as a list, and the condition with its operator', () => {
    const statement = statementJson({
      effect: 'Deny',
      principal: { type: 'anyone' },
      actions: ['s3:GetObject', ' s3:PutObject', ''],
      resource: 'arn:aws:s3:::site/*',
      condition: { key: 'aws:SecureTransport', value: 'false' },
    });
    expect(statement).toEqual({
      Effect: 'Deny',
      Principal: '*',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::site/*',
      Condition: { Bool: { 'aws:SecureTransport': false } },
    });
    expect(
      statementJson({
        effect: 'Allow',
        principal: { type: 'service', name: 'sns.amazonaws.com' },
        actions: ['sqs:SendMessage'],
        resource: 'q',
        condition: { key: 'aws:SourceArn', value: 'arn:aws:sns:us-east-1:111122223333:t' },
      }),
    ).toMatchObject({
      Action: 'sqs:SendMessage',
      Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:t' } },
    });
  });
});

describe('appendStatement', () => {
  const input = {
    effect: 'Allow' as const,
    principal: { type: 'anyone' as const },
    actions: ['s3:GetObject'],
    resource: 'arn:aws:s3:::site/*',
  };

  it('starts a policy with the current version from a blank text', () => {
    const result = appendStatement('', input);
    expect(result.ok && JSON.parse(result.text)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::site/*',
        },
      ],
    });
  });

  it('appends to an existing policy, keeping its statements as written', () => {
    const existing =
      '{"Version":"2012-10-17","Id":"p1","Statement":{"Sid":"Keep","Effect":"Deny","Action":"s3:*","Principal":"*","Extra":1}}';
    const result = appendStatement(existing, input);
    if (!result.ok) throw new Error('expected ok');
    const json = JSON.parse(result.text);
    expect(json.Id).toBe('p1');
    expect(json.Statement).toHaveLength(2);
    expect(json.Statement[0]).toEqual({
      Sid: 'Keep',
      Effect: 'Deny',
      Action: 's3:*',
      Principal: '*',
      Extra: 1,
    });
    const parsed = parsePolicy(result.text);
    expect(parsed.ok && parsed.policy.statements.map((s) => s.effect)).toEqual(['Deny', 'Allow']);
  });

  it('refuses to touch a policy that does not parse', () => {
    expect(appendStatement('{"Statement": [', input)).toMatchObject({
      ok: false,
      problem: { kind: 'json' },
    });
  });
});

describe('resourceArn', () => {
  it('builds a placeholder ARN from the node name', () => {
    expect(resourceArn('s3', 'Site Assets!')).toBe('arn:aws:s3:::site-assets/*');
    expect(resourceArn('sqs', 'orders')).toBe('arn:aws:sqs:us-east-1:111122223333:orders');
    expect(resourceArn('sns', '')).toBe('arn:aws:sns:us-east-1:111122223333:resource');
    expect(resourceArn('ec2', 'x')).toBe('*');
  });
});
