import { diagram, ruleTester } from '../testing';
import { NACL_01 } from './NACL-01';

const row = (rule: number, ports = '443') => ({
  rule,
  protocol: 'tcp',
  ports,
  cidr: '0.0.0.0/0',
  action: 'allow',
});

const nacl = (inbound: object[], outbound: object[] = []) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      {
        id: 'nacl',
        kind: 'network-acl',
        parent: 'sn',
        label: 'app-nacl',
        props: { inbound: inbound as never, outbound: outbound as never },
      },
    ],
  });

ruleTester(NACL_01, {
  valid: [
    {
      name: 'distinct numbers; the same number in both directions',
      doc: nacl([row(100), row(200, '22')], [row(100)]),
    },
    { name: 'the edges of the range', doc: nacl([row(1), row(32766)]) },
    {
      name: 'one NACL per subnet, another on the VPC',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'a', kind: 'network-acl', parent: 'sn' },
          { id: 'b', kind: 'network-acl', parent: 'vpc' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two NACLs in one subnet',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'a', kind: 'network-acl', parent: 'sn' },
          { id: 'b', kind: 'network-acl', parent: 'sn', props: { isDefault: true } },
        ],
      }),
      findings: [{ nodes: ['sn', 'a', 'b'], messageIncludes: '2 network ACLs' }],
    },
    {
      name: 'numbers out of range',
      doc: nacl([row(0), row(32767)]),
      findings: [
        { nodes: ['nacl'], messageIncludes: 'inbound rule number 0 is outside' },
        { nodes: ['nacl'], messageIncludes: 'number 32767' },
      ],
    },
    {
      name: 'a number used three times reports once',
      doc: nacl([], [row(100), row(100, '80'), row(100, '22')]),
      findings: [
        { nodes: ['nacl'], messageIncludes: 'outbound rule number 100 is used more than once' },
      ],
    },
    {
      name: 'a row without a number',
      doc: nacl([{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }]),
      findings: [{ nodes: ['nacl'], messageIncludes: 'no rule number' }],
    },
  ],
});
