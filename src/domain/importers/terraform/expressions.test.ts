import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type ResourceInstances, type Scope } from './expressions';
import { UNKNOWN } from './texts';
import { Ref, toJson, Unknown, type Value } from './values';

const RESOURCES: Record<string, ResourceInstances> = {
  'aws_vpc.main': { single: 'aws_vpc.main', byKey: new Map() },
  'aws_subnet.a': {
    byKey: new Map([
      ['0', 'aws_subnet.a[0]'],
      ['1', 'aws_subnet.a[1]'],
    ]),
  },
  'aws_subnet.z': { byKey: new Map([['x', 'aws_subnet.z["x"]']]) },
};

const scope = (
  iteration: Partial<Record<'count.index' | 'each.key' | 'each.value', Value>> = {},
): Scope => ({
  variable: (name) =>
    name === 'env'
      ? 'prod'
      : name === 'n'
        ? 2
        : name === 'flag'
          ? true
          : new Unknown(UNKNOWN.variableWithoutDefault(name)),
  local: (name) =>
    name === 'm'
      ? new Map<string, Value>([['a', 'x']])
      : new Unknown(UNKNOWN.undeclaredLocal(name)),
  iteration: (name) => iteration[name],
  resource: (type, name) => RESOURCES[`${type}.${name}`],
});

const evaluate = (text: string, s = scope()) => evaluateTemplate(text, s);

describe('evaluateTemplate', () => {
  it('keeps plain text and reads literals, lists and objects', () => {
    expect(evaluate('10.0.0.0/16')).toBe('10.0.0.0/16');
    expect(evaluate('${42}')).toBe(42);
    expect(evaluate('${-1}')).toBe(-1);
    expect(evaluate('${true}')).toBe(true);
    expect(evaluate('${null}')).toBeNull();
    expect(toJson(evaluate('${["a", 1, { k = "v", "q" : 2 }]}'))).toEqual([
      'a',
      1,
      { k: 'v', q: 2 },
    ]);
  });

  it('follows variables, locals and iteration values', () => {
    expect(evaluate('app-${var.env}')).toBe('app-prod');
    expect(evaluate('${local.m.a}')).toBe('x');
    expect(evaluate('${local.m["a"]}')).toBe('x');
    expect(evaluate('10.0.${count.index}.0/24', scope({ 'count.index': 3 }))).toBe('10.0.3.0/24');
    expect(evaluate('${each.value}', scope({ 'each.value': 'us-east-1a' }))).toBe('us-east-1a');
  });

  it('turns resource attributes into references to the instance', () => {
    expect(evaluate('${aws_vpc.main.id}')).toEqual(new Ref('aws_vpc.main', ['id']));
    expect(evaluate('${aws_subnet.a[1].id}')).toEqual(new Ref('aws_subnet.a[1]', ['id']));
    expect(evaluate('${aws_subnet.a[count.index].id}', scope({ 'count.index': 0 }))).toEqual(
      new Ref('aws_subnet.a[0]', ['id']),
    );
    expect(evaluate('${aws_subnet.z["x"].arn}')).toEqual(new Ref('aws_subnet.z["x"]', ['arn']));
    expect(evaluate('${aws_subnet.a[*].id}')).toEqual([
      new Ref('aws_subnet.a[0]', ['id']),
      new Ref('aws_subnet.a[1]', ['id']),
    ]);
    expect(evaluate('${aws_subnet.a.*.id}')).toEqual([
      new Ref('aws_subnet.a[0]', ['id']),
      new Ref('aws_subnet.a[1]', ['id']),
    ]);
    expect(evaluate('${toset([aws_vpc.main.id, aws_vpc.main.id])}')).toEqual([
      new Ref('aws_vpc.main', ['id']),
    ]);
  });

  it('evaluates conditionals, operators and reshaping functions on known values', () => {
    expect(evaluate('${var.flag ? 1 : 0}')).toBe(1);
    expect(evaluate('${var.n * 2 + 1}')).toBe(5);
    expect(evaluate('${var.env == "prod" && var.n >= 2}')).toBe(true);
    expect(evaluate('${!var.flag}')).toBe(false);
    expect(evaluate('${length(["a", "b", "c"])}')).toBe(3);
    expect(evaluate('${lookup({ a = 1 }, "b", 7)}')).toBe(7);
    expect(toJson(evaluate('${concat(["a"], ["b"])}'))).toEqual(['a', 'b']);
    expect(toJson(evaluate('${merge({ a = 1 }, { b = 2 })}'))).toEqual({ a: 1, b: 2 });
    expect(evaluate('${jsonencode({ source = ["aws.guardduty"] })}')).toBe(
      '{"source":["aws.guardduty"]}',
    );
  });

  it('chooses the branch of %{if} directives, which the parser writes for conditionals inside text', () => {
    const s = scope({ 'each.key': 'y' });
    expect(evaluate('10.0.%{if each.key == "x"}1%{else}2%{endif}.0/24', s)).toBe('10.0.2.0/24');
    expect(evaluate('a%{if each.key == "y"}-${each.key}%{endif}', s)).toBe('a-y');
    expect(evaluate('a%{if each.key == "x"}-${each.key}%{endif}b', s)).toBe('ab');
    expect(evaluate('a%{if true}%{if false}T%{else}F%{endif}%{endif}', s)).toBe('aF');
    expect((evaluate('a%{if var.nope}1%{endif}') as Unknown).reason.en).toBe(
      'variable nope has no default',
    );
    expect(evaluate('%{for x in [1]}${x}%{endfor}')).toBeInstanceOf(Unknown);
    expect(evaluate('a%{if true}1')).toBeInstanceOf(Unknown);
  });

  it('keeps escapes as text', () => {
    expect(evaluate('$${not.an.expression}')).toBe('${not.an.expression}');
    expect(evaluate('%%{literal}')).toBe('%{literal}');
    expect(evaluate('${"a\\"b"}')).toBe('a"b');
  });

  it('says why a value is unknown, naming the resources it mentions', () => {
    const noDefault = evaluate('${var.vpc_cidr}') as Unknown;
    expect(noDefault.reason.en).toBe('variable vpc_cidr has no default');
    const fn = evaluate('${cidrsubnet(aws_vpc.main.cidr_block, 8, 1)}') as Unknown;
    expect(fn.reason.en).toContain('cidrsubnet()');
    expect(fn.mentions).toEqual(['aws_vpc.main']);
    const data = evaluate('${data.aws_region.current.name}') as Unknown;
    expect(data.reason.en).toContain('data.aws_region.current is a data source');
    expect((evaluate('${module.net.vpc_id}') as Unknown).reason.en).toContain('module.net');
    expect((evaluate('${aws_nothing.here.id}') as Unknown).reason.en).toContain('not declared');
    expect((evaluate('${aws_subnet.a.id}') as Unknown).reason.en).toContain('count or for_each');
    expect((evaluate('${count.index}') as Unknown).reason.en).toContain('count.index');
    const forExpression = evaluate('${[for s in aws_subnet.a : s.id]}') as Unknown;
    expect(forExpression.mentions).toEqual(['aws_subnet.a[0]', 'aws_subnet.a[1]']);
    const text = evaluate('arn:${data.aws_region.current.name}:x/${aws_vpc.main.id}') as Unknown;
    expect(text.template).toBe('arn:${data.aws_region.current.name}:x/${aws_vpc.main.id}');
    expect(text.mentions).toEqual(['aws_vpc.main']);
    expect(evaluate('${var.missing ? 1 : 0}')).toBeInstanceOf(Unknown);
  });

  it('makes unknown what it cannot parse, and never throws on hostile text', () => {
    expect(evaluate('${aws_vpc.main.id +}')).toBeInstanceOf(Unknown);
    expect(evaluate('${ unclosed')).toBeInstanceOf(Unknown);
    const deep = '${' + '['.repeat(5000) + ']'.repeat(5000) + '}';
    expect(evaluate(deep)).toBeInstanceOf(Unknown);
    const nestedStrings = '${"'.repeat(3000) + 'x' + '"}'.repeat(3000);
    expect(() => evaluate(nestedStrings)).not.toThrow();
  });
});
