/**
 * Hostile and broken templates: each is refused (or read) with a clear message, never
 * a throw or a hang.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readCloudFormation } from '.';
import { MAX_DEPTH } from './limits';
import { Refusal, Resolver } from './resolver';
import { readTemplate } from './template';
import { modelOf, refusalsOf, resource, template, unknownLines } from './testing';
import { HANG_GUARD } from '../testing';

const VPC = '  Vpc:\n    Type: AWS::EC2::VPC\n';

function codes(text: string): string[] {
  return refusalsOf(text).map((e) => e.code);
}

describe('resource exhaustion', () => {
  it('refuses billion-laughs aliases', HANG_GUARD, () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let k = 1; k < 10; k++)
      lines.push(
        `a${k}: &a${k} [${Array(9)
          .fill(`*a${k - 1}`)
          .join(', ')}]`,
      );
    const text = `Metadata:\n${lines.map((l) => `  ${l}`).join('\n')}\nResources:\n${VPC}`;
    const errors = refusalsOf(text);
    expect(errors.map((e) => e.code)).toEqual(['too-many-aliases']);
    expect(errors[0].message.en).toMatch(/billion laughs/);
  });

  it.each([
    ['flow lists', (n: number) => `Resources: ${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow maps', (n: number) => `Resources: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    ['JSON lists', (n: number) => `{"Resources": ${'['.repeat(n)}${']'.repeat(n)}}`],
    ['JSON objects', (n: number) => `{"Resources": ${'{"a": '.repeat(n)}1${'}'.repeat(n)}}`],
  ])('refuses thousands of levels of %s', HANG_GUARD, (_name, nested) => {
    for (const depth of [MAX_DEPTH + 5, 5000]) {
      const errors = refusalsOf(nested(depth));
      expect(errors.map((e) => e.code)).toEqual(['too-deep']);
      expect(errors[0].message.en).toMatch(/nested more than 100 levels/);
    }
  });

  it('refuses deep block nesting, with where it goes too deep', () => {
    const lines = Array.from({ length: 150 }, (_, k) => `${' '.repeat(k)}a:`);
    const errors = refusalsOf(`Resources:\n${lines.map((l) => ` ${l}`).join('\n')} 1\n`);
    expect(errors.map((e) => [e.code, e.path])).toEqual([['too-deep', 'line 101, column 101']]);
  });

  it('reads a 5 MB template, YAML and JSON', HANG_GUARD, () => {
    let yaml = 'Resources:\n';
    let k = 0;
    while (yaml.length < 5_000_000) {
      yaml += `  Subnet${k}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.0.${k % 256}.0/24\n      Tags:\n        - Key: Name\n          Value: subnet-${k}\n`;
      k++;
    }
    yaml += VPC;
    const model = modelOf(yaml);
    expect(model.resources).toHaveLength(k + 1);
    expect(resource(model, `Subnet${k - 1}`, 'subnet').vpc).toBe('Vpc');
    const json = JSON.stringify({
      Resources: Object.fromEntries(
        model.resources.map((r) => [
          r.id,
          r.concept === 'subnet'
            ? { Type: r.sourceType, Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: r.cidr } }
            : { Type: r.sourceType },
        ]),
      ),
    });
    expect(modelOf(json).resources).toHaveLength(k + 1);
  });

  it('stops an evaluation past its budget', () => {
    const read = readTemplate(
      template(`${VPC}    Properties: { CidrBlock: !Join ["", [a, b, c, d]] }\n`),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const resolver = new Resolver(read.template, 3);
    expect(() => resolver.properties('Vpc')).toThrow(Refusal);
  });

  it('evaluates a chain of conditions that doubles at each step once each', () => {
    const conditions = ['  C0: !Equals [a, a]'];
    for (let k = 1; k <= 60; k++)
      conditions.push(`  C${k}: !And [!Condition C${k - 1}, !Not [!Not [!Condition C${k - 1}]]]`);
    const text = `Conditions:\n${conditions.join('\n')}\nResources:\n${VPC}    Condition: C60\n`;
    expect(resource(modelOf(text), 'Vpc', 'vpc').id).toBe('Vpc');
    // Five steps a condition, each evaluated once: 61 conditions fit in 400 steps, where
    // evaluating every reference again would take 2^60.
    const read = readTemplate(text);
    if (!read.ok) throw new Error('template refused');
    expect(new Resolver(read.template, 400).condition('C60')).toBe(true);
  });
});

describe('cycles', () => {
  it('reports attributes that depend on each other, and conditions that do', () => {
    const m = modelOf(
      `Conditions:
  A: !Condition B
  B: !Not [!Condition A]
Resources:
  One:
    Type: AWS::EC2::VPC
    Condition: A
    Properties: { CidrBlock: !GetAtt Two.CidrBlock }
  Two:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: !GetAtt One.CidrBlock }
`,
    );
    expect(resource(m, 'One', 'vpc').cidr).toBeUndefined();
    expect(unknownLines(m)).toEqual([
      'One Condition: condition A cannot be evaluated: condition B cannot be evaluated: A depends on itself (a reference cycle)',
      'One Properties.CidrBlock: One depends on itself (a reference cycle)',
      'Two Properties.CidrBlock: One depends on itself (a reference cycle)',
    ]);
  });

  it('stops following a long chain of attributes', () => {
    const vpcs = Array.from(
      { length: 60 },
      (_, k) =>
        `  V${k}:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: ${k === 59 ? '10.0.0.0/16' : `!GetAtt V${k + 1}.CidrBlock`} }\n`,
    );
    const m = modelOf(template(vpcs.join('')));
    expect(resource(m, 'V59', 'vpc').cidr).toBe('10.0.0.0/16');
    expect(resource(m, 'V40', 'vpc').cidr).toBe('10.0.0.0/16');
    expect(unknownLines(m)[0]).toBe(
      'V0 Properties.CidrBlock: the chain of references is too long to follow',
    );
  });
});

describe('not a template, or not a valid one', () => {
  it.each([
    ['plain text', 'hello world', 'not-template'],
    ['a diagram', '{"type": "aws-security-playground", "version": 1, "nodes": []}', 'no-resources'],
    ['no Resources', 'Description: x\n', 'no-resources'],
    ['Resources a list', 'Resources: [a]\n', 'resources-not-map'],
    ['empty Resources', 'Resources: {}\n', 'resources-empty'],
    ['a resource that is text', 'Resources:\n  A: x\n', 'resource-not-map'],
    ['a resource without Type', 'Resources:\n  A: { Properties: {} }\n', 'missing-type'],
    ['a Type that is not text', 'Resources:\n  A: { Type: [x] }\n', 'bad-type'],
    [
      'a logical id that is not alphanumeric',
      'Resources:\n  my-id: { Type: X }\n',
      'bad-logical-id',
    ],
    ['an unknown tag', 'Resources:\n  A: { Type: !Foo X }\n', 'unknown-tag'],
    ['two YAML documents', 'Resources: {}\n---\nResources: {}\n', 'syntax'],
    ['a JSON syntax error', '{"Resources": {"A": {"Type": "X",}}}', 'syntax'],
  ])('refuses %s', (_name, text, code) => {
    const errors = refusalsOf(text);
    expect(errors.map((e) => e.code)).toEqual([code]);
    expect(errors[0].message.en.startsWith(`${errors[0].path}: `)).toBe(true);
    expect(errors[0].message.ja.length).toBeGreaterThan(errors[0].path.length + 2);
  });

  it('names where a JSON syntax error and a duplicate JSON key are', () => {
    expect(refusalsOf('{\n  "Resources": {\n    "A": {"Type": "X",}\n  }\n}')[0].path).toBe(
      'line 3, column 23',
    );
    const duplicate = refusalsOf(
      '{\n  "Resources": {\n    "A": {"Type": "X"},\n    "A": {"Type": "Y"}\n  }\n}',
    );
    expect(duplicate.map((e) => [e.code, e.path])).toEqual([['duplicate-key', 'line 4, column 5']]);
    expect(duplicate[0].message.en).toMatch(/the key A appears twice/);
  });

  it('lists every broken resource at once', () => {
    expect(codes('Resources:\n  A: {}\n  B: { Type: 1 }\n  C: { Type: X }\n')).toEqual([
      'missing-type',
      'bad-type',
    ]);
  });
});

describe('hostile keys', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copies no __proto__ key and pollutes no prototype, in JSON and YAML', () => {
    const poison = '{"polluted": true}';
    const json = `{"__proto__": ${poison}, "Parameters": {"__proto__": ${poison}}, "Mappings": {"__proto__": ${poison}},
      "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "__proto__": ${poison},
        "Properties": {"__proto__": ${poison}, "CidrBlock": {"Fn::FindInMap": ["__proto__", "polluted", "x"]},
          "Tags": [{"Key": "Name", "Value": {"Ref": "__proto__"}}]}}}}`;
    const yaml = `__proto__: { polluted: true }\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      __proto__: { polluted: true }\n      constructor: { prototype: { polluted: true } }\n`;
    for (const text of [json, yaml]) {
      const m = modelOf(text);
      const vpc = resource(m, 'Vpc', 'vpc');
      expect(Object.getPrototypeOf(vpc)).toBe(Object.prototype);
      expect(Object.hasOwn(vpc, '__proto__')).toBe(false);
    }
    expect(refusalsOf('{"Resources": {"__proto__": {"Type": "AWS::EC2::VPC"}}}')[0].code).toBe(
      'bad-logical-id',
    );
  });
});

describe('readCloudFormation never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(() => readCloudFormation(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('on any JSON value placed where a template has sections', () => {
    const section = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(section, section, section, (parameters, conditions, properties) => {
        const text = JSON.stringify({
          Parameters: parameters,
          Conditions: conditions,
          Resources: {
            A: { Type: 'AWS::EC2::SecurityGroup', Condition: 'C', Properties: properties },
            B: { Type: 'AWS::ElasticLoadBalancingV2::ListenerRule', Properties: properties },
          },
        });
        expect(() => readCloudFormation(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
