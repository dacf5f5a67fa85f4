import { ruleTester } from '../testing';
import { POL_03 } from './POL-03';
import { policyText, statement, withPolicy } from './policyFixtures';

ruleTester(POL_03, {
  valid: [
    { name: 'no policy', doc: withPolicy('sqs', '  ') },
    { name: 'a valid policy', doc: withPolicy('s3', policyText(statement())) },
  ],
  invalid: [
    {
      name: 'broken JSON, with line and column',
      doc: withPolicy('sns', '{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}'),
      findings: [{ nodes: ['res'], messageIncludes: 'line 3, column' }],
    },
    {
      name: 'a wrong Effect, with the statement index',
      doc: withPolicy('s3', policyText(statement(), statement({ Effect: 'allow' }))),
      findings: [{ nodes: ['res'], messageIncludes: 'Statement[1].Effect must be Allow or Deny' }],
    },
  ],
});
