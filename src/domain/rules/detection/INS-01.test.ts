import { expect, it } from 'vitest';
import type { KindId } from '../../kinds/types';
import { diagram, ruleTester, runOnly } from '../testing';
import { INS_01 } from './INS-01';

const monitoring = (kind: KindId) =>
  diagram({
    nodes: [
      { id: 'ins', kind: 'inspector', label: 'scanner' },
      { id: 't', kind, label: 'target' },
    ],
    edges: [{ id: 'edge-1', source: 'ins', target: 't' }],
  });

ruleTester(INS_01, {
  valid: [
    { name: 'EC2', doc: monitoring('ec2') },
    { name: 'ECR', doc: monitoring('ecr') },
    { name: 'Lambda', doc: monitoring('lambda') },
    {
      name: 'a findings edge to Security Hub is not a scan target',
      doc: diagram({
        nodes: [
          { id: 'ins', kind: 'inspector' },
          { id: 'hub', kind: 'security-hub' },
        ],
        edges: [{ source: 'ins', target: 'hub' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'S3 (Macie’s job)',
      doc: monitoring('s3'),
      findings: [{ nodes: ['ins', 't'], messageIncludes: "'scanner'" }],
    },
    {
      name: 'RDS',
      doc: monitoring('rds'),
      findings: [{ nodes: ['ins', 't'], messageIncludes: "'target'" }],
    },
    { name: 'ALB', doc: monitoring('alb'), findings: [{ nodes: ['ins', 't'] }] },
  ],
});

it('INS-01 names the offending edge for the UI', () => {
  expect(runOnly(INS_01, monitoring('s3'))[0].data).toEqual({ edge: 'edge-1' });
});
