import { describe, expect, it } from 'vitest';
import { DEFAULT_FUZZ_SEED, fuzzParameters, mutateFile, renderFile } from './arbitraries';
import type { JsonObject } from './arbitraries';

describe('fuzz settings', () => {
  it('use the fixed seed unless FUZZ_SEED names another', () => {
    expect(fuzzParameters(100, {})).toMatchObject({ seed: DEFAULT_FUZZ_SEED, numRuns: 100 });
    expect(fuzzParameters(100, { FUZZ_SEED: '42' }).seed).toBe(42);
    expect(fuzzParameters(100, { FUZZ_SEED: 'soon' }).seed).toBe(DEFAULT_FUZZ_SEED);
  });

  it('scale the runs with FUZZ_RUNS and replay one case with FUZZ_PATH', () => {
    expect(fuzzParameters(100, { FUZZ_RUNS: '2.5' }).numRuns).toBe(250);
    expect(fuzzParameters(100, { FUZZ_PATH: '12:0' }).path).toBe('12:0');
  });
});

describe('file blueprints', () => {
  const marked = {
    big: '\u0001raw:1e999\u0001',
    long: '\u0001repeat:3:1\u0001',
    deep: '\u0001deep:3:array\u0001',
  };

  it('write markers into the text as what they stand for', () => {
    const text = renderFile({ value: marked, as: 'text', text: 'intact' }) as string;
    expect(JSON.parse(text)).toEqual({ big: Infinity, long: '𝒳𝒳𝒳', deep: [[[]]] });
  });

  it('expand markers in a parsed value too', () => {
    const value = renderFile({ value: marked, as: 'value', text: 'intact' });
    expect(value).toEqual({ big: Infinity, long: '𝒳𝒳𝒳', deep: [[[]]] });
  });

  it('mutate a copy, and a prototype key becomes an own key of the file', () => {
    const file: JsonObject = { nodes: [{ id: 'a', kind: 'ec2', props: {} }], edges: [] };
    const before = JSON.stringify(file);
    const mutated = mutateFile(file, [
      { name: 'hostile-prop', a: 0, b: 0, key: '__proto__', value: { polluted: true } },
    ]);
    expect(JSON.stringify(file)).toBe(before);
    const text = renderFile({ value: mutated, as: 'text', text: 'intact' }) as string;
    expect(text).toContain('"__proto__": {');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
