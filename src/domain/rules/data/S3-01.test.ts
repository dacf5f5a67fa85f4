import { diagram, ruleTester } from '../testing';
import { S3_01 } from './S3-01';

const origin = (originAccessControl: boolean, blockPublicAccess = true) =>
  diagram({
    nodes: [
      { id: 'cf', kind: 'cloudfront', label: 'site-cdn', props: { originAccessControl } },
      { id: 'bucket', kind: 's3', label: 'site-assets', props: { blockPublicAccess } },
    ],
    // Explicit: a CloudFront → S3 edge without a kind is inferred as `logs` (format.md).
    edges: [{ source: 'cf', target: 'bucket', kind: 'traffic' }],
  });

ruleTester(S3_01, {
  valid: [
    { name: 'a bucket with the defaults', doc: diagram({ nodes: [{ id: 'bucket', kind: 's3' }] }) },
    { name: 'CloudFront with origin access control', doc: origin(true) },
    {
      name: 'CloudFront without OAC in front of an ALB is not about S3',
      doc: diagram({
        nodes: [
          { id: 'cf', kind: 'cloudfront', props: { originAccessControl: false } },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [{ source: 'cf', target: 'alb' }],
      }),
    },
    {
      name: 'CloudFront without OAC writing logs to the bucket is not an origin',
      doc: diagram({
        nodes: [
          { id: 'cf', kind: 'cloudfront', props: { originAccessControl: false } },
          { id: 'bucket', kind: 's3' },
        ],
        edges: [{ source: 'cf', target: 'bucket', kind: 'logs' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'Block Public Access off',
      doc: diagram({
        nodes: [
          { id: 'bucket', kind: 's3', label: 'uploads', props: { blockPublicAccess: false } },
        ],
      }),
      findings: [{ nodes: ['bucket'], messageIncludes: "'uploads'" }],
    },
    {
      name: 'an origin of CloudFront without OAC',
      doc: origin(false),
      findings: [{ nodes: ['bucket', 'cf'], messageIncludes: "'site-cdn'" }],
    },
    {
      name: 'both causes: two findings',
      doc: origin(false, false),
      findings: [{ nodes: ['bucket'] }, { nodes: ['bucket', 'cf'] }],
    },
  ],
});
