import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../domain/policy/parse';
import {
  actionsOf,
  addStatement,
  initialForm,
  policyTextError,
  statementOfForm,
} from './policyForm';

const bucket = { id: 'b', kind: 's3' as const, label: 'Site Assets' };

describe('policyTextError', () => {
  it('is null for empty and valid text, and says where otherwise', () => {
    expect(policyTextError('')).toBeNull();
    expect(policyTextError('{"Statement":{"Effect":"Allow","Action":"s3:*"}}')).toBeNull();
    expect(policyTextError('{\n"Statement": x}')?.en).toMatch(/line 2, column 14/);
    expect(policyTextError('{"Statement":{"Effect":"Yes","Action":"s3:*"}}')?.en).toBe(
      'Statement.Effect must be Allow or Deny',
    );
  });
});

describe('the generator form', () => {
  it('starts with Allow, anyone, the first action of the kind and the node ARN', () => {
    expect(initialForm(bucket)).toMatchObject({
      effect: 'Allow',
      principal: 'anyone',
      actions: ['s3:GetObject'],
      resource: 'arn:aws:s3:::site-assets/*',
      conditionKey: '',
    });
    expect(actionsOf({ kind: 'sqs' })).toContain('sqs:SendMessage');
    expect(actionsOf({ kind: 'sns' })).toContain('sns:Publish');
    expect(actionsOf({ kind: 'ec2' })).toEqual([]);
  });

  it('asks for what is missing', () => {
    const form = initialForm(bucket);
    expect(statementOfForm({ ...form, principal: 'account' })).toEqual({
      ok: false,
      error: 'policy.error.account',
    });
    expect(statementOfForm({ ...form, principal: 'service', service: ' ' })).toEqual({
      ok: false,
      error: 'policy.error.service',
    });
    expect(statementOfForm({ ...form, actions: [], otherActions: ' , ' })).toEqual({
      ok: false,
      error: 'policy.error.actions',
    });
    expect(statementOfForm({ ...form, resource: '' })).toEqual({
      ok: false,
      error: 'policy.error.resource',
    });
    expect(statementOfForm({ ...form, conditionKey: 'aws:SourceAccount' })).toEqual({
      ok: false,
      error: 'policy.error.conditionValue',
    });
  });

  it('merges ticked and typed actions without repeats', () => {
    const result = statementOfForm({
      ...initialForm(bucket),
      otherActions: 's3:GetObject, s3:ListBucket',
    });
    expect(result.ok && result.input.actions).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('appends statements and counts them; refuses a broken policy', () => {
    const form = {
      ...initialForm(bucket),
      principal: 'service' as const,
      service: 'cloudfront.amazonaws.com',
    };
    const first = addStatement('', form);
    if (!first.ok) throw new Error('expected ok');
    expect(first.count).toBe(1);
    const second = addStatement(first.text, {
      ...form,
      conditionKey: 'aws:SourceArn',
      conditionValue: 'arn:aws:cloudfront::111122223333:distribution/E1',
    });
    if (!second.ok) throw new Error('expected ok');
    expect(second.count).toBe(2);
    const parsed = parsePolicy(second.text);
    expect(parsed.ok && parsed.policy.statements[1].condition).toEqual({
      ArnLike: { 'aws:SourceArn': ['arn:aws:cloudfront::111122223333:distribution/E1'] },
    });
    expect(addStatement('{', form)).toEqual({ ok: false, error: 'policy.error.broken' });
  });
});
