import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRACE_CODE_INFO, traceCodeInfo } from './codes';

/**
 * The codes of a string-literal union in types.ts, read from the source: the list the
 * tests compare against comes from the contract itself, so a code added there without
 * an explanation or a line in docs/trace.md fails here.
 */
function unionMembers(source: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([^;]*);`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]);
}

const typesSource = readFileSync(new URL('./types.ts', import.meta.url), 'utf8');
const codes = [
  ...new Set([
    ...unionMembers(typesSource, 'TraceCode'),
    ...unionMembers(typesSource, 'ThreatCode'),
  ]),
];

describe('traceCodeInfo', () => {
  it('reads the codes from the contract', () => {
    expect(codes).toContain('SG_INBOUND_DENY');
    expect(codes).toContain('GUARDDUTY_DETECTS');
    expect(codes.length).toBeGreaterThan(35);
  });

  it('explains exactly the codes of TraceCode and ThreatCode', () => {
    expect(Object.keys(TRACE_CODE_INFO).sort()).toEqual([...codes].sort());
  });

  it.each(codes)(
    '%s has a title and an explanation in both languages and an AWS source',
    (code) => {
      const info = traceCodeInfo(code as keyof typeof TRACE_CODE_INFO);
      for (const text of [info.title, info.explanation]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
        expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      expect(info.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[\w./#-]+\.html(#[\w-]+)?$/);
    },
  );

  it('docs/trace.md lists every code in its Codes table, with the same source', () => {
    const doc = readFileSync(new URL('../../../docs/trace.md', import.meta.url), 'utf8');
    const section = doc.split(/^## Codes$/m)[1]?.split(/^## /m)[0] ?? '';
    const rows = new Map(
      [...section.matchAll(/^\| `([A-Z0-9_]+)` \|.*\((https:\/\/[^)]+)\) \|$/gm)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    expect([...rows.keys()].sort()).toEqual([...codes].sort());
    for (const [code, source] of rows) {
      expect(source).toBe(traceCodeInfo(code as keyof typeof TRACE_CODE_INFO).source);
    }
  });
});
