import { describe, expect, it } from 'vitest';
import type { RuleRow } from '../../domain/document/types';
import type { DecidingRule, TraceHop } from '../../domain/trace';
import { threeTier } from '../../domain/trace/testing';
import { hopGroups, isInternetEnd, nodeChoices, nodeNameOf, rowMarks } from './traceModel';

const row = (rule: number): RuleRow => ({
  rule,
  protocol: 'tcp',
  ports: '443',
  cidr: '0.0.0.0/0',
  action: 'allow',
});

function nacl(decidingIndex?: number): DecidingRule {
  return {
    type: 'nacl',
    nacl: 'nacl-a',
    direction: 'inbound',
    rows: [row(100), row(110), row(120)],
    decidingIndex,
  };
}

describe('rowMarks', () => {
  it('marks NACL rows before the deciding one as not matching and those after as unchecked', () => {
    expect(rowMarks(nacl(1))).toEqual({
      rows: ['no-match', 'decides', 'unchecked'],
      finalDenyDecides: false,
    });
  });

  it('lets the final * deny decide when no NACL row matched', () => {
    expect(rowMarks(nacl(undefined))).toEqual({
      rows: ['no-match', 'no-match', 'no-match'],
      finalDenyDecides: true,
    });
  });

  it('marks only the allowing security-group row, and every row on a deny', () => {
    const sg = (decidingIndex?: number): DecidingRule => ({
      type: 'sg',
      sg: 'sg-a',
      direction: 'inbound',
      rows: [row(1), row(2)],
      decidingIndex,
    });
    expect(rowMarks(sg(1)).rows).toEqual(['unchecked', 'decides']);
    expect(rowMarks(sg(undefined))).toEqual({
      rows: ['no-match', 'no-match'],
      finalDenyDecides: false,
    });
  });
});

describe('hopGroups', () => {
  const hop = (phase: TraceHop['phase'], node: string) => ({ phase, node }) as TraceHop;

  it('splits request and response hops, keeping each hop index', () => {
    const groups = hopGroups([hop('request', 'a'), hop('request', 'b'), hop('response', 'c')]);
    expect(groups.map((g) => g.phase)).toEqual(['request', 'response']);
    expect(groups[1].hops).toEqual([{ hop: hop('response', 'c'), index: 2 }]);
  });

  it('leaves out a phase without hops', () => {
    expect(hopGroups([hop('request', 'a')]).map((g) => g.phase)).toEqual(['request']);
  });
});

describe('the nodes of a question', () => {
  const doc = threeTier();

  it('offers services, not the containers a trace passes through, sorted by name', () => {
    const ids = nodeChoices(doc).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['alb', 'web', 'db', 'internet']));
    expect(ids).not.toContain('vpc');
    expect(ids).not.toContain('sg-alb');
    expect(ids).not.toContain('pub');
    const names = nodeChoices(doc).map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('knows internet ends and node names', () => {
    expect(isInternetEnd(doc, 'internet')).toBe(true);
    expect(isInternetEnd(doc, 'web')).toBe(false);
    expect(nodeNameOf(doc, 'web')).toBe('web');
    expect(nodeNameOf(doc, 'nowhere')).toBeUndefined();
  });
});
