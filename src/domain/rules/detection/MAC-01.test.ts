import type { KindId } from '../../kinds/types';
import { diagram, ruleTester } from '../testing';
import { MAC_01 } from './MAC-01';

const monitoring = (kind: KindId) =>
  diagram({
    nodes: [
      { id: 'mac', kind: 'macie', label: 'pii-scan' },
      { id: 't', kind },
    ],
    edges: [{ source: 'mac', target: 't' }],
  });

ruleTester(MAC_01, {
  valid: [
    { name: 'an S3 bucket', doc: monitoring('s3') },
    {
      name: 'findings to Security Hub are not monitoring',
      doc: diagram({
        nodes: [
          { id: 'mac', kind: 'macie' },
          { id: 'hub', kind: 'security-hub' },
        ],
        edges: [{ source: 'mac', target: 'hub' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an RDS database',
      doc: monitoring('rds'),
      findings: [{ nodes: ['mac', 't'], messageIncludes: "'pii-scan'" }],
    },
    { name: 'an EC2 instance', doc: monitoring('ec2'), findings: [{ nodes: ['mac', 't'] }] },
    { name: 'an ECR repository', doc: monitoring('ecr'), findings: [{ nodes: ['mac', 't'] }] },
  ],
});
