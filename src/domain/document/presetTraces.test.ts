import { describe, expect, it } from 'vitest';
import type { ImportIssue } from './issues';
import { readPresetTraces } from './presetTraces';

const label = { en: 'SSH from the internet', ja: 'インターネットから SSH' };

function read(value: unknown) {
  const issues: ImportIssue[] = [];
  const traces = readPresetTraces(value, (issue) => issues.push(issue));
  return { traces, paths: issues.map((i) => i.path) };
}

describe('readPresetTraces', () => {
  it('keeps a well-formed trace with its goal', () => {
    const entry = {
      label,
      question: { from: 'internet', to: 'db', port: 3306, protocol: 'tcp', mode: 'network' },
      expect: 'unreachable',
    };
    expect(read([entry])).toEqual({ traces: [entry], paths: [] });
  });

  it('is absent when the field is', () => {
    expect(read(undefined)).toEqual({ traces: undefined, paths: [] });
  });

  it('drops a field that is not a list, naming preset.traces', () => {
    expect(read({})).toEqual({ traces: undefined, paths: ['preset.traces'] });
  });

  it.each([
    ['a label without Japanese', { label: { en: 'x' }, question: { from: 'a', to: 'b' } }],
    ['a question without a destination', { label, question: { from: 'a' } }],
    ['a port out of range', { label, question: { from: 'a', to: 'b', port: 70000 } }],
    ['an unknown protocol', { label, question: { from: 'a', to: 'b', protocol: 'sctp' } }],
    ['an unknown threat', { label, question: { from: 'a', to: 'b', threat: 'worm' } }],
    ['an unknown goal', { label, question: { from: 'a', to: 'b' }, expect: 'maybe' }],
  ])('drops %s, naming its JSON path', (_, entry) => {
    const ok = { label, question: { from: 'a', to: 'b' } };
    expect(read([ok, entry])).toEqual({ traces: [ok], paths: ['preset.traces[1]'] });
  });
});
