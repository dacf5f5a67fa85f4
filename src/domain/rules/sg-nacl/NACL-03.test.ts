import { diagram, ruleTester } from '../testing';
import { NACL_03 } from './NACL-03';

const r = (rule: number, action: string, protocol: string, ports: string, cidr: string) => ({
  rule,
  action,
  protocol,
  ports,
  cidr,
});

const nacl = (inbound: object[]) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      { id: 'nacl', kind: 'network-acl', parent: 'sn', props: { inbound: inbound as never } },
    ],
  });

ruleTester(NACL_03, {
  valid: [
    {
      name: 'a narrow deny before a broad allow',
      doc: nacl([
        r(100, 'deny', 'tcp', '22', '203.0.113.0/24'),
        r(200, 'allow', 'all', 'all', '0.0.0.0/0'),
      ]),
    },
    {
      name: 'a redundant allow after a broader allow is only redundant',
      doc: nacl([
        r(100, 'allow', 'tcp', '0-1023', '0.0.0.0/0'),
        r(200, 'allow', 'tcp', '443', '10.0.0.0/8'),
      ]),
    },
    {
      name: 'a deny that reaches beyond the earlier allow still decides part of its traffic',
      doc: nacl([
        r(100, 'allow', 'tcp', '443', '10.0.0.0/8'),
        r(200, 'deny', 'tcp', '443', '0.0.0.0/0'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a deny shadowed by a broader allow (written out of order)',
      doc: nacl([
        r(200, 'deny', 'tcp', '22', '203.0.113.0/24'),
        r(100, 'allow', 'all', 'all', '0.0.0.0/0'),
      ]),
      findings: [
        {
          nodes: ['nacl'],
          messageIncludes: 'rule 200 (deny TCP 22, 203.0.113.0/24) never applies, because rule 100',
        },
      ],
    },
    {
      name: 'an allow shadowed by a broader deny',
      doc: nacl([
        r(50, 'deny', 'tcp', 'all', '0.0.0.0/0'),
        r(60, 'allow', 'tcp', '443', '0.0.0.0/0'),
      ]),
      findings: [{ nodes: ['nacl'], messageIncludes: 'rule 60' }],
    },
  ],
});
