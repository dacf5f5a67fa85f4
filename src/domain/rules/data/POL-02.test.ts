import { ruleTester } from '../testing';
import { POL_02 } from './POL-02';
import { policyText, statement, withPolicy } from './policyFixtures';

ruleTester(POL_02, {
  valid: [
    {
      name: 'a public policy with Block Public Access off takes effect',
      doc: withPolicy('s3', policyText(statement()), { blockPublicAccess: false }),
    },
    {
      name: 'a grant to a named account is not public',
      doc: withPolicy('s3', policyText(statement({ Principal: { AWS: '111122223333' } }))),
    },
    {
      name: 'a grant with a source condition is not public',
      doc: withPolicy(
        's3',
        policyText(
          statement({ Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }),
        ),
      ),
    },
    { name: 'a topic has no Block Public Access', doc: withPolicy('sns', policyText(statement())) },
  ],
  invalid: [
    {
      name: 'public policy under Block Public Access',
      doc: withPolicy('s3', policyText(statement(), statement({ Action: 's3:ListBucket' }))),
      findings: [{ nodes: ['res'], messageIncludes: "'site'" }],
    },
  ],
});
