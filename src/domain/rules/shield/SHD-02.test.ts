import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { SHD_02 } from './SHD-02';

const shielding = (target: Omit<NodeSpec, 'id'>, tier = 'advanced') =>
  diagram({
    nodes: [
      { id: 'shield', kind: 'shield', label: 'ddos', props: { tier } },
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      { id: 't', label: 'target', ...target },
    ],
    edges: [{ source: 'shield', target: 't' }],
  });

ruleTester(SHD_02, {
  valid: [
    { name: 'CloudFront', doc: shielding({ kind: 'cloudfront' }) },
    { name: 'Route 53', doc: shielding({ kind: 'route53' }) },
    { name: 'standard Global Accelerator', doc: shielding({ kind: 'global-accelerator' }) },
    { name: 'ALB', doc: shielding({ kind: 'alb', parent: 'sn' }) },
    {
      name: 'EC2 with an Elastic IP',
      doc: shielding({ kind: 'ec2', parent: 'sn', props: { elasticIp: true } }),
    },
    {
      name: 'NLB with an Elastic IP',
      doc: shielding({ kind: 'nlb', parent: 'sn', props: { elasticIp: true } }),
    },
    { name: 'Shield Standard (SHD-05 reports that)', doc: shielding({ kind: 's3' }, 'standard') },
  ],
  invalid: [
    {
      name: 'S3 bucket',
      doc: shielding({ kind: 's3' }),
      findings: [{ nodes: ['shield', 't'], messageIncludes: "'ddos'" }],
    },
    {
      name: 'EC2 without an Elastic IP',
      doc: shielding({ kind: 'ec2', parent: 'sn' }),
      findings: [{ nodes: ['shield', 't'], messageIncludes: "'target'" }],
    },
    {
      name: 'NLB without an Elastic IP',
      doc: shielding({ kind: 'nlb', parent: 'sn' }),
      findings: [{ nodes: ['shield', 't'] }],
    },
    {
      name: 'custom routing accelerator',
      doc: shielding({ kind: 'global-accelerator', props: { type: 'custom-routing' } }),
      findings: [{ nodes: ['shield', 't'] }],
    },
    {
      name: 'API Gateway',
      doc: shielding({ kind: 'api-gateway' }),
      findings: [{ nodes: ['shield', 't'] }],
    },
  ],
});
