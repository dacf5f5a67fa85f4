import { diagram, ruleTester } from '../testing';
import { INS_02 } from './INS-02';

const scan = (scanMode: string, ssmAgent: boolean) =>
  diagram({
    nodes: [
      { id: 'ins', kind: 'inspector', props: { scanMode } },
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc' },
      { id: 'vm', kind: 'ec2', parent: 'sn', label: 'batch-1', props: { ssmAgent } },
    ],
    edges: [{ source: 'ins', target: 'vm' }],
  });

ruleTester(INS_02, {
  valid: [
    { name: 'agent mode, SSM Agent installed', doc: scan('agent', true) },
    { name: 'hybrid mode scans agentless instances too', doc: scan('hybrid', false) },
    {
      name: 'agent mode, no edge to the instance',
      doc: diagram({
        nodes: [
          { id: 'ins', kind: 'inspector', props: { scanMode: 'agent' } },
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc' },
          { id: 'vm', kind: 'ec2', parent: 'sn', props: { ssmAgent: false } },
        ],
      }),
    },
    {
      name: 'agent mode monitoring a Lambda function',
      doc: diagram({
        nodes: [
          { id: 'ins', kind: 'inspector', props: { scanMode: 'agent' } },
          { id: 'fn', kind: 'lambda' },
        ],
        edges: [{ source: 'ins', target: 'fn' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'agent mode, instance without the SSM Agent',
      doc: scan('agent', false),
      findings: [{ nodes: ['vm', 'ins'], messageIncludes: "'batch-1'" }],
    },
  ],
});
