import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse';
import { policyProblemText } from './problemText';
import { hasCondition, isAnyone } from './model';

const problemOf = (text: string) => {
  const parsed = parsePolicy(text);
  if (parsed.ok) throw new Error('expected a problem');
  return parsed.problem;
};

describe('parsePolicy', () => {
  it('reads a blank text as no statement', () => {
    expect(parsePolicy('  \n')).toEqual({ ok: true, policy: { statements: [] } });
  });

  it('reads the grammar, lists for strings and a single statement object', () => {
    const parsed = parsePolicy(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Sid: 'Publish',
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: ['arn:aws:sns:us-east-1:111122223333:alerts'],
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      policy: {
        version: '2012-10-17',
        statements: [
          {
            sid: 'Publish',
            effect: 'Allow',
            principal: { Service: ['events.amazonaws.com'] },
            action: ['sns:Publish'],
            resource: ['arn:aws:sns:us-east-1:111122223333:alerts'],
            condition: { Bool: { 'aws:SecureTransport': ['false'] } },
          },
        ],
      },
    });
  });

  it('reads NotAction and NotPrincipal', () => {
    const parsed = parsePolicy(
      '{"Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:root"},"NotAction":["s3:GetObject"]}]}',
    );
    expect(parsed.ok && parsed.policy.statements[0]).toEqual({
      effect: 'Deny',
      notPrincipal: { AWS: ['arn:aws:iam::111122223333:root'] },
      notAction: ['s3:GetObject'],
    });
  });

  it('says the line and column of broken JSON', () => {
    const problem = problemOf('{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}');
    expect(problem).toMatchObject({ kind: 'json', line: 3, column: 24 });
    expect(policyProblemText(problem).en).toMatch(/^Not valid JSON at line 3, column 24: /);
    expect(policyProblemText(problem).ja).toMatch(/^3 行 24 列目/);
  });

  it.each([
    ['[]', '(policy)', 'object'],
    ['{"Version": 1, "Statement": []}', 'Version', 'text'],
    ['{"Statement": []}', 'Statement', 'statements'],
    ['{}', 'Statement', 'statements'],
    [
      '{"Statement": [{"Effect":"Allow","Action":"s3:*"}, {"Effect":"allow"}]}',
      'Statement[1].Effect',
      'effect',
    ],
    ['{"Statement": [{"Effect":"Allow"}]}', 'Statement[0].Action', 'action-or-not-action'],
    ['{"Statement": [{"Effect":"Allow","Action":[]}]}', 'Statement[0].Action', 'text-or-list'],
    [
      '{"Statement": [{"Effect":"Allow","Action":"s3:*","Principal":"me"}]}',
      'Statement[0].Principal',
      'principal',
    ],
    [
      '{"Statement": [{"Effect":"Allow","Action":"s3:*","Principal":{"AWS":[1]}}]}',
      'Statement[0].Principal.AWS',
      'text-or-list',
    ],
    [
      '{"Statement": [{"Effect":"Allow","Action":"s3:*","Condition":{"StringEquals":"x"}}]}',
      'Statement[0].Condition.StringEquals',
      'condition',
    ],
    ['{"Statement": [{"Effect":"Allow","Action":"s3:*","Sid":3}]}', 'Statement[0].Sid', 'text'],
    ['{"Statement": {"Effect":"Maybe","Action":"s3:*"}}', 'Statement.Effect', 'effect'],
  ])('names where the shape is wrong: %s', (text, path, expected) => {
    expect(problemOf(text)).toEqual({ kind: 'shape', path, expected });
  });

  it('words a shape problem with its path in both languages', () => {
    const text = policyProblemText({
      kind: 'shape',
      path: 'Statement[1].Effect',
      expected: 'effect',
    });
    expect(text.en).toBe('Statement[1].Effect must be Allow or Deny');
    expect(text.ja).toBe('Statement[1].Effect は Allow か Deny でなければなりません');
  });
});

describe('the model helpers', () => {
  it('knows anyone and conditions', () => {
    expect(isAnyone('*')).toBe(true);
    expect(isAnyone({ AWS: ['*'] })).toBe(true);
    expect(isAnyone({ AWS: ['111122223333'] })).toBe(false);
    expect(isAnyone(undefined)).toBe(false);
    expect(hasCondition({ effect: 'Allow', condition: { StringEquals: {} } })).toBe(false);
    expect(
      hasCondition({ effect: 'Allow', condition: { Bool: { 'aws:SecureTransport': ['true'] } } }),
    ).toBe(true);
  });
});
