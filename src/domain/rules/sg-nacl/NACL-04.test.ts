import { diagram, ruleTester } from '../testing';
import { NACL_04 } from './NACL-04';

const nacl = (...inbound: object[]) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      { id: 'nacl', kind: 'network-acl', parent: 'sn', props: { inbound: inbound as never } },
    ],
  });
const row = (ports: string, cidr = '0.0.0.0/0', action = 'allow', protocol = 'tcp') => ({
  rule: 100,
  protocol,
  ports,
  cidr,
  action,
});

ruleTester(NACL_04, {
  valid: [
    { name: 'HTTPS from anywhere', doc: nacl(row('443')) },
    { name: 'SSH from an office range', doc: nacl(row('22', '203.0.113.0/24')) },
    { name: 'a deny of SSH from anywhere', doc: nacl(row('22', '0.0.0.0/0', 'deny')) },
    { name: 'ephemeral ports from anywhere (responses)', doc: nacl(row('1024-65535')) },
  ],
  invalid: [
    {
      name: 'SSH from anywhere',
      doc: nacl(row('22')),
      findings: [{ nodes: ['nacl'], messageIncludes: 'TCP 22' }],
    },
    { name: 'RDP from anywhere', doc: nacl(row('3389')), findings: [{ nodes: ['nacl'] }] },
    {
      name: 'all traffic from anywhere',
      doc: nacl(row('all', '0.0.0.0/0', 'allow', 'all')),
      findings: [{ nodes: ['nacl'], messageIncludes: 'all traffic' }],
    },
  ],
});
