import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { NFW_02 } from './NFW-02';

/** A VPC with a firewall subnet `fw-sn` (holding `nfw`) and a workload subnet `app-sn`. */
const vpc = (extra: NodeSpec[]) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'fw-sn', kind: 'subnet', parent: 'vpc', label: 'firewall-a' },
      { id: 'app-sn', kind: 'subnet', parent: 'vpc' },
      { id: 'nfw', kind: 'network-firewall', parent: 'fw-sn', label: 'inspection' },
      ...extra,
    ],
  });

ruleTester(NFW_02, {
  valid: [
    {
      name: 'the firewall alone in its subnet',
      doc: vpc([{ id: 'web', kind: 'ec2', parent: 'app-sn' }]),
    },
    {
      name: 'a NAT gateway and a NACL beside the firewall are not workloads',
      doc: vpc([
        { id: 'nat', kind: 'nat-gateway', parent: 'fw-sn' },
        { id: 'acl', kind: 'network-acl', parent: 'fw-sn' },
      ]),
    },
    {
      name: 'a firewall placed on the VPC has no subnet to share',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'nfw', kind: 'network-firewall', parent: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'web', kind: 'ec2', parent: 'sn' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an EC2 instance in the firewall subnet',
      doc: vpc([{ id: 'web', kind: 'ec2', parent: 'fw-sn' }]),
      findings: [{ nodes: ['nfw', 'web'], messageIncludes: "'firewall-a'" }],
    },
    {
      name: 'workloads through a security group, all listed',
      doc: vpc([
        { id: 'sg', kind: 'security-group', parent: 'fw-sn' },
        { id: 'web', kind: 'ec2', parent: 'sg' },
        { id: 'db', kind: 'rds', parent: 'fw-sn' },
        { id: 'other', kind: 'ec2', parent: 'app-sn' },
      ]),
      findings: [{ nodes: ['nfw', 'web', 'db'], messageIncludes: "'inspection'" }],
    },
  ],
});
