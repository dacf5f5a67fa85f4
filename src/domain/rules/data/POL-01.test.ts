import { ruleTester } from '../testing';
import { POL_01 } from './POL-01';
import { policyText, statement, withPolicy } from './policyFixtures';

const sourceArn = {
  Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:t' } },
};

ruleTester(POL_01, {
  valid: [
    { name: 'no policy', doc: withPolicy('s3', '') },
    { name: 'anyone with a condition', doc: withPolicy('sqs', policyText(statement(sourceArn))) },
    {
      name: 'a named account',
      doc: withPolicy('s3', policyText(statement({ Principal: { AWS: '111122223333' } }))),
    },
    { name: 'a Deny to anyone', doc: withPolicy('s3', policyText(statement({ Effect: 'Deny' }))) },
    { name: 'a policy that does not parse (POL-03)', doc: withPolicy('s3', '{"Statement": [') },
  ],
  invalid: [
    {
      name: 'anyone on a bucket',
      doc: withPolicy('s3', policyText(statement())),
      findings: [{ nodes: ['res'], messageIncludes: 'Statement[0]' }],
    },
    {
      name: '{ AWS: "*" } on a topic, second statement',
      doc: withPolicy(
        'sns',
        policyText(statement(sourceArn), statement({ Principal: { AWS: ['*'] } })),
      ),
      findings: [{ nodes: ['res'], messageIncludes: 'Statement[1]' }],
    },
    {
      name: 'an empty condition is no condition',
      doc: withPolicy('sqs', policyText(statement({ Condition: {} }))),
      findings: [{ nodes: ['res'] }],
    },
  ],
});
