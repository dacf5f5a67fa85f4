import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { GD_04 } from './GD-04';

/** GuardDuty with `features` at top level, plus one node of each planned kind in an account. */
const withFeatures = (features: string[], extra: NodeSpec[] = []) =>
  diagram({
    nodes: [
      { id: 'gd', kind: 'guardduty', label: 'main-gd', props: { features } },
      { id: 'acct', kind: 'account' },
      { id: 'vpc', kind: 'vpc', parent: 'acct' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      { id: 'bucket', kind: 's3', parent: 'acct', label: 'uploads' },
      { id: 'fn', kind: 'lambda', parent: 'acct' },
      { id: 'db', kind: 'rds', parent: 'sn' },
      { id: 'vm', kind: 'ec2', parent: 'sn' },
      ...extra,
    ],
  });

ruleTester(GD_04, {
  valid: [
    {
      name: 'every plan on (the default)',
      doc: withFeatures(['s3', 'eks', 'lambda', 'rds', 'malware', 'runtime']),
    },
    {
      name: 'EC2 needs only one of malware and runtime: malware',
      doc: withFeatures(['s3', 'lambda', 'rds', 'malware']),
    },
    {
      name: 'EC2 needs only one of malware and runtime: runtime',
      doc: withFeatures(['s3', 'lambda', 'rds', 'runtime']),
    },
    {
      name: 'workloads without a plan (ALB, NLB, ECR, API Gateway, App Runner) are fine with no features',
      doc: diagram({
        nodes: [
          { id: 'gd', kind: 'guardduty', props: { features: [] } },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
          { id: 'nlb', kind: 'nlb', parent: 'vpc' },
          { id: 'repo', kind: 'ecr' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'run', kind: 'app-runner' },
        ],
      }),
    },
    {
      name: 'a workload no GuardDuty covers is GD-01’s business, not GD-04’s',
      doc: diagram({
        nodes: [
          { id: 'a', kind: 'account' },
          { id: 'b', kind: 'account' },
          { id: 'gd', kind: 'guardduty', parent: 'a', props: { features: [] } },
          { id: 'bucket', kind: 's3', parent: 'b' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'no plan at all: one finding per planned workload, named',
      doc: withFeatures([]),
      findings: [
        { nodes: ['bucket', 'gd'], messageIncludes: "'uploads'" },
        { nodes: ['fn', 'gd'], messageIncludes: 'Lambda Protection' },
        { nodes: ['db', 'gd'], messageIncludes: 'RDS Protection' },
        { nodes: ['vm', 'gd'], messageIncludes: "'main-gd'" },
      ],
    },
    {
      name: 'only the S3 plan missing',
      doc: withFeatures(['lambda', 'rds', 'runtime', 'eks']),
      findings: [{ nodes: ['bucket', 'gd'], messageIncludes: 'S3 Protection' }],
    },
    {
      name: 'eks is not a plan for EC2',
      doc: withFeatures(['s3', 'lambda', 'rds', 'eks']),
      findings: [{ nodes: ['vm', 'gd'], messageIncludes: 'Malware Protection' }],
    },
    {
      name: 'each covering GuardDuty is judged on its own',
      doc: withFeatures(
        ['s3', 'lambda', 'rds', 'malware'],
        [
          {
            id: 'gd-acct',
            kind: 'guardduty',
            parent: 'acct',
            props: { features: ['lambda', 'rds', 'malware'] },
          },
        ],
      ),
      findings: [{ nodes: ['bucket', 'gd-acct'] }],
    },
  ],
});
