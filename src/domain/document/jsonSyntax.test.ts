import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError, parseJson } from './jsonSyntax';

describe('locateJsonError', () => {
  const valid = [
    '{}',
    '[]',
    '1',
    '-0.5e+3',
    '"a\\u00e9\\n"',
    'true',
    ' null ',
    '{"a":[1,{"b":false}],"c":"x"}',
  ];
  it.each(valid)('finds nothing wrong in %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonError(text)).toBeNull();
  });

  const invalid: [string, number, string][] = [
    ['', 0, 'value'],
    ['{"a":1,}', 7, 'trailing-comma'],
    ['[1,2,]', 5, 'trailing-comma'],
    ['{"a" 1}', 5, 'colon'],
    ['{a:1}', 1, 'property-name'],
    ['{"a":1 "b":2}', 7, 'comma-or-brace'],
    ['[1 2]', 3, 'comma-or-bracket'],
    ['{"a":1} x', 8, 'end-of-file'],
    ['"abc', 4, 'string-end'],
    ['"a\nb"', 2, 'control-char'],
    ['"\\x"', 2, 'escape'],
    ['01', 1, 'end-of-file'],
    ['-', 1, 'number'],
    ['1.', 2, 'number'],
    ["{'a':1}", 1, 'property-name'],
    ['// comment\n{}', 0, 'value'],
    ['{"a":]', 5, 'value'],
  ];
  it.each(invalid)('%j fails at %i expecting %s', (text, offset, expectation) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ offset, expectation });
  });

  it('survives very deep nesting', () => {
    const text = '['.repeat(100000) + ']'.repeat(99999);
    expect(locateJsonError(text)?.expectation).toBe('comma-or-bracket');
  });
});

describe('parseJson', () => {
  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('names the line and column of the first error', () => {
    expect(parseJson('{\n  "a": 1,\n  "b": 2,\n}\n')).toEqual({
      ok: false,
      line: 4,
      column: 1,
      expectation: 'trailing-comma',
    });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
