import { describe, expect, it } from 'vitest';
import { readYaml } from './yamlTemplate';

function valueOf(text: string): unknown {
  const read = readYaml(text);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message.en).join('; '));
  return read.value;
}

describe('readYaml: short forms become long forms', () => {
  it.each([
    ['!Ref Vpc', { Ref: 'Vpc' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Db, Arn]', { 'Fn::GetAtt': ['Db', 'Arn'] }],
    ['!Sub "${A}-x"', { 'Fn::Sub': '${A}-x' }],
    ['!Sub ["${A}", { A: 1 }]', { 'Fn::Sub': ['${A}', { A: 1 }] }],
    ['!Join ["", [a, b]]', { 'Fn::Join': ['', ['a', 'b']] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!GetAZs { Ref: AWS::Region }', { 'Fn::GetAZs': { Ref: 'AWS::Region' } }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!If [C, a, b]', { 'Fn::If': ['C', 'a', 'b'] }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Not [!Condition A]', { 'Fn::Not': [{ Condition: 'A' }] }],
    ['!FindInMap [M, a, b]', { 'Fn::FindInMap': ['M', 'a', 'b'] }],
    ['!ImportValue shared', { 'Fn::ImportValue': 'shared' }],
    ['!Base64 text', { 'Fn::Base64': 'text' }],
    ['!Cidr [10.0.0.0/16, 2, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }],
    ['!Length [a]', { 'Fn::Length': ['a'] }],
    ['!ToJsonString { a: 1 }', { 'Fn::ToJsonString': { a: 1 } }],
    ['!Transform { Name: M }', { 'Fn::Transform': { Name: 'M' } }],
  ])('%s', (yaml, long) => {
    expect(valueOf(`v: ${yaml}\n`)).toEqual({ v: long });
  });

  it('notes where each resource starts', () => {
    const read = readYaml('Resources:\n  A:\n    Type: X\n  # c\n  B: { Type: Y }\n');
    expect(read.ok && [...read.positions]).toEqual([
      ['A', { line: 2, column: 3 }],
      ['B', { line: 5, column: 3 }],
    ]);
  });
});

describe('readYaml refusals', () => {
  it('refuses an unknown tag, naming it, its line and column', () => {
    const read = readYaml('Resources:\n  A:\n    Type: !Foo bar\n');
    expect(read.ok || read.errors).toEqual([
      {
        path: 'line 3, column 11',
        code: 'unknown-tag',
        message: {
          en: "line 3, column 11: unknown tag !Foo: a template may use only the short forms of CloudFormation's functions (!Ref, !GetAtt, !Sub, ...)",
          ja: 'line 3, column 11: 不明なタグ !Foo: テンプレートで使えるのは CloudFormation の関数の短縮形 (!Ref、!GetAtt、!Sub など) だけです',
        },
      },
    ]);
  });

  it('refuses a syntax error with its line and column', () => {
    const read = readYaml('Resources:\n  A:\n    Type: [a, b\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors[0].code).toBe('syntax');
    expect(read.errors[0].path).toMatch(/^line \d+, column \d+$/);
    expect(read.errors[0].message.en).toMatch(/the YAML is not valid: /);
  });

  it('explains how to nest short forms when a value has two tags', () => {
    const read = readYaml('v: !Select [0, !GetAZs !Ref AWS::Region]\n');
    expect(read.ok || read.errors.map((e) => [e.path, e.message.en])).toEqual([
      [
        'line 1, column 24',
        'line 1, column 24: a value can have only one tag: write the inner function in its long form, e.g. !Select [0, { "Fn::GetAZs": !Ref AWS::Region }]',
      ],
    ]);
  });

  it('refuses a key written twice in a map, where the second one is', () => {
    const read = readYaml('Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n');
    expect(read.ok || read.errors.map((e) => [e.path, e.code])).toEqual([
      ['line 4, column 3', 'duplicate-key'],
    ]);
  });

  it('expands a few aliases', () => {
    expect(valueOf('a: &x [1, 2]\nb: *x\n')).toEqual({ a: [1, 2], b: [1, 2] });
  });
});
