import { diagram, ruleTester } from '../testing';
import { SG_01 } from './SG-01';

ruleTester(SG_01, {
  valid: [
    {
      name: 'a group around an instance, a NACL in a subnet and one on the VPC',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'sg', kind: 'security-group', parent: 'sn' },
          { id: 'web', kind: 'ec2', parent: 'sg' },
          { id: 'nacl', kind: 'network-acl', parent: 'sn' },
          { id: 'vpc-nacl', kind: 'network-acl', parent: 'vpc' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a group holding a subnet',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'sg', kind: 'security-group', parent: 'vpc', label: 'web-sg' },
          { id: 'sn', kind: 'subnet', parent: 'sg' },
        ],
      }),
      findings: [{ nodes: ['sg', 'sn'], messageIncludes: 'web-sg' }],
    },
    {
      name: 'a group holding a VPC reports the VPC once, not each subnet in it',
      doc: diagram({
        nodes: [
          { id: 'sg', kind: 'security-group' },
          { id: 'vpc', kind: 'vpc', parent: 'sg' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
        ],
      }),
      findings: [{ nodes: ['sg', 'vpc'] }],
    },
    {
      name: 'a NACL at top level and one in a security group',
      doc: diagram({
        nodes: [
          { id: 'loose', kind: 'network-acl' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'sg', kind: 'security-group', parent: 'vpc' },
          { id: 'in-sg', kind: 'network-acl', parent: 'sg' },
        ],
      }),
      findings: [
        { nodes: ['loose'], messageIncludes: 'outside any VPC' },
        { nodes: ['in-sg'], messageIncludes: 'Security group' },
      ],
    },
  ],
});
