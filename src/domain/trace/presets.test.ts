/**
 * A smoke property over the built-in presets: every trace from the internet to every
 * node, in both modes and with every threat, answers without throwing, and its answer
 * is well formed (one deny at most, and it is the blocked hop; hops in trace.md's
 * order; a threat only on a reachable path, and a SYN flood always stopped there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDiagram } from '../document/import';
import type { Diagram } from '../document/types';
import { trace } from './trace';
import type { TraceResult } from './types';
import { THREAT_KINDS } from './types';

/**
 * One deny at most, and it is the blocked hop; the requests leg by leg, then the
 * responses from the last leg back; every hop within the path's legs.
 */
function expectWellFormed(result: TraceResult, where: string): void {
  const denies = result.hops.filter((h) => h.verdict === 'deny');
  expect(
    denies.map((h) => ({ node: h.node, code: h.code })),
    where,
  ).toEqual(result.blocked ? [result.blocked] : []);
  const phases = result.hops.map((h) => h.phase);
  expect(
    phases.indexOf('response') === -1 ||
      !phases.slice(phases.indexOf('response')).includes('request'),
    where,
  ).toBe(true);
  const legs = (phase: string) => result.hops.filter((h) => h.phase === phase).map((h) => h.leg);
  expect(legs('request'), where).toEqual([...legs('request')].sort((a, b) => a - b));
  expect(legs('response'), where).toEqual([...legs('response')].sort((a, b) => b - a));
  for (const hop of result.hops)
    expect(hop.leg >= 1 && hop.leg <= Math.max(1, result.path.length - 1), where).toBe(true);
}

const PRESETS = new URL('../../../presets/', import.meta.url);

function presets(): { file: string; doc: Diagram }[] {
  return readdirSync(PRESETS)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = importDiagram(readFileSync(new URL(file, PRESETS), 'utf8'));
      if (!result.ok) throw new Error(`${file} is refused`);
      return { file, doc: result.doc };
    });
}

describe('every preset', () => {
  const all = presets();

  it('is found', () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((p) => [p.file, p.doc] as const))(
    '%s: every trace from the internet answers, consistently',
    (_, doc) => {
      const internetId = doc.nodes.find((n) => n.kind === 'internet')?.id ?? 'internet';
      for (const node of doc.nodes) {
        if (node.kind === 'internet') continue;
        for (const mode of ['network', 'drawn'] as const) {
          for (const threat of THREAT_KINDS) {
            const result = trace(doc, { from: 'internet', to: node.id, mode, threat });
            const where = `${node.id} (${mode}, ${threat})`;
            expect(result.path[0], where).toBe(internetId);
            if (result.reachable) expect(result.path[result.path.length - 1], where).toBe(node.id);
            expect(result.blocked === null, where).toBe(result.reachable);
            expectWellFormed(result, where);
            if (threat === 'none') expect(result.threat, where).toBeUndefined();
            else if (!result.reachable)
              expect(result.threat?.outcome, where).toBe('blocked-before');
            if (threat === 'syn-flood' && result.reachable)
              expect(result.threat?.outcome, where).toBe('stopped');
          }
        }
      }
    },
  );
});
