import { describe, expect, it } from 'vitest';
import { diagram, expectFixResolves, ruleTester } from '../testing';
import { IAM_01 } from './IAM-01';

const role = (props: Record<string, string | boolean>) =>
  diagram({
    nodes: [
      { id: 'acct', kind: 'account' },
      { id: 'role', kind: 'iam-role', parent: 'acct', label: 'ExternalAuditor', props },
    ],
  });

ruleTester(IAM_01, {
  valid: [
    { name: 'a role with the defaults', doc: role({}) },
    { name: 'an auditor’s read-only role', doc: role({ auditor: true, accessLevel: 'read-only' }) },
    {
      name: 'an administrator role that is not an auditor’s',
      doc: role({ auditor: false, accessLevel: 'administrator' }),
    },
    {
      name: 'a power-user role for a service',
      doc: role({
        trust: 'service',
        trustedPrincipal: 'ec2.amazonaws.com',
        accessLevel: 'power-user',
      }),
    },
  ],
  invalid: [
    {
      name: 'an auditor’s administrator role',
      doc: role({ auditor: true, accessLevel: 'administrator' }),
      findings: [{ nodes: ['role'], messageIncludes: 'administrator access' }],
    },
    {
      name: 'an auditor’s power-user role',
      doc: role({ auditor: true, accessLevel: 'power-user' }),
      findings: [{ nodes: ['role'], messageIncludes: "IAM role 'ExternalAuditor'" }],
    },
  ],
});

describe('IAM-01 fix', () => {
  it('makes the auditor’s role read-only and changes nothing else', () => {
    const doc = role({
      auditor: true,
      accessLevel: 'administrator',
      trustedPrincipal: '444455556666',
    });
    const fixed = expectFixResolves(IAM_01, doc, 'role');
    const props = fixed.nodes.find((n) => n.id === 'role')?.props;
    expect(props).toEqual({ ...doc.nodes[1].props, accessLevel: 'read-only' });
  });
});
