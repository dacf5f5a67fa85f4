import { describe, expect, it } from 'vitest';
import { applyAccept, newDiagram, removeAccept } from './index';
import { nested } from './testing';

describe('applyAccept / removeAccept', () => {
  it('adds an acceptance, then updates its reason', () => {
    const one = applyAccept(nested(), { rule: 'WAF-06', node: 'ec2-1', reason: 'lab only' });
    expect(one.accepted).toEqual([{ rule: 'WAF-06', node: 'ec2-1', reason: 'lab only' }]);
    const updated = applyAccept(one, { rule: 'WAF-06', node: 'ec2-1', reason: 'internal tool' });
    expect(updated.accepted).toEqual([{ rule: 'WAF-06', node: 'ec2-1', reason: 'internal tool' }]);
    expect(applyAccept(updated, { rule: 'WAF-06', node: 'ec2-1', reason: 'internal tool' })).toBe(
      updated,
    );
  });

  it('ignores an acceptance of a node that does not exist', () => {
    const doc = nested();
    expect(applyAccept(doc, { rule: 'R', node: 'nope', reason: 'x' })).toBe(doc);
  });

  it('removes an acceptance, and the block when it empties', () => {
    const two = applyAccept(applyAccept(nested(), { rule: 'A', node: 'ec2-1', reason: 'x' }), {
      rule: 'B',
      node: 'ec2-1',
      reason: 'y',
    });
    const one = removeAccept(two, { rule: 'A', node: 'ec2-1' });
    expect(one.accepted).toEqual([{ rule: 'B', node: 'ec2-1', reason: 'y' }]);
    expect(removeAccept(one, { rule: 'B', node: 'ec2-1' })).not.toHaveProperty('accepted');
    expect(removeAccept(one, { rule: 'Z', node: 'ec2-1' })).toBe(one);
  });
});

describe('newDiagram', () => {
  it('is an empty current-version document', () => {
    expect(newDiagram()).toEqual({
      type: 'aws-security-playground',
      version: 1,
      nodes: [],
      edges: [],
    });
  });
});
