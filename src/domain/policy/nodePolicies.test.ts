import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph';
import { diagram } from '../rules/testing';
import { POLICY_KINDS, nodePolicies } from './nodePolicies';

describe('nodePolicies', () => {
  it('knows the kinds with a policy from the catalogue', () => {
    expect([...POLICY_KINDS].sort()).toEqual(['s3', 'sns', 'sqs']);
  });

  it('lists the nodes with a non-blank policy, read', () => {
    const graph = buildGraphIndex(
      diagram({
        nodes: [
          { id: 'a', kind: 's3', props: { policy: '' } },
          {
            id: 'b',
            kind: 'sqs',
            props: { policy: '{"Statement":{"Effect":"Allow","Action":"sqs:*"}}' },
          },
          { id: 'c', kind: 'sns', props: { policy: 'nope' } },
        ],
      }),
    );
    const found = nodePolicies(graph).map((p) => [p.node.id, p.parsed.ok]);
    expect(found.sort()).toEqual([
      ['b', true],
      ['c', false],
    ]);
  });
});
