import { describe, expect, it } from 'vitest';
import { diagram, expectFixResolves, ruleTester } from '../testing';
import { SHD_05 } from './SHD-05';

const standardOn = (...targets: ('cf' | 'r53')[]) =>
  diagram({
    nodes: [
      { id: 'shield', kind: 'shield', label: 'std', props: { tier: 'standard' } },
      { id: 'cf', kind: 'cloudfront', label: 'site' },
      { id: 'r53', kind: 'route53' },
    ],
    edges: targets.map((t) => ({ source: 'shield', target: t })),
  });

ruleTester(SHD_05, {
  valid: [
    { name: 'Shield Standard on its own', doc: standardOn() },
    {
      name: 'Shield Advanced with a protects edge',
      doc: diagram({
        nodes: [
          { id: 'shield', kind: 'shield' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        edges: [{ source: 'shield', target: 'cf' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'Shield Standard linked to CloudFront',
      doc: standardOn('cf'),
      findings: [{ nodes: ['shield', 'cf'], messageIncludes: "'site'" }],
    },
    {
      name: 'one finding per edge',
      doc: standardOn('cf', 'r53'),
      findings: [{ nodes: ['shield', 'cf'] }, { nodes: ['shield', 'r53'] }],
    },
  ],
});

describe('SHD-05 fix', () => {
  it('removes exactly the edge of the finding', () => {
    const doc = standardOn('cf', 'r53');
    const fixed = expectFixResolves(SHD_05, doc, ['shield', 'cf']);
    expect(fixed.edges.map((e) => e.id)).toEqual(['shield->r53']);
    expect(fixed.nodes).toEqual(doc.nodes);
  });
});
