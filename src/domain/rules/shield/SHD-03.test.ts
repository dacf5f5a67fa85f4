import { diagram, ruleTester } from '../testing';
import { SHD_03 } from './SHD-03';

ruleTester(SHD_03, {
  valid: [
    {
      name: 'Shield Advanced protecting CloudFront',
      doc: diagram({
        nodes: [
          { id: 'shield', kind: 'shield' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        edges: [{ source: 'shield', target: 'cf' }],
      }),
    },
    {
      name: 'Shield Standard alone',
      doc: diagram({ nodes: [{ id: 'shield', kind: 'shield', props: { tier: 'standard' } }] }),
    },
  ],
  invalid: [
    {
      name: 'Shield Advanced alone',
      doc: diagram({ nodes: [{ id: 'shield', kind: 'shield', label: 'ddos' }] }),
      findings: [{ nodes: ['shield'], messageIncludes: "'ddos'" }],
    },
    {
      name: 'Shield Advanced with only a traffic edge',
      doc: diagram({
        nodes: [
          { id: 'shield', kind: 'shield' },
          { id: 'sns', kind: 'sns' },
        ],
        edges: [{ source: 'shield', target: 'sns', kind: 'traffic' }],
      }),
      findings: [{ nodes: ['shield'] }],
    },
  ],
});
