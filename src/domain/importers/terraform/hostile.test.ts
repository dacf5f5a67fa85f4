import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHclNode } from '../../../cli/hclParser';
import { readTerraformHcl, readTerraformJson, type HclParser } from '.';
import { HANG_GUARD } from '../testing';

/** A configuration in the parser's output shape: a VPC, then subnets and groups that refer to it. */
function configuration(pairs: number) {
  const aws_subnet: Record<string, unknown[]> = {};
  const aws_security_group: Record<string, unknown[]> = {};
  for (let i = 0; i < pairs; i++) {
    aws_subnet[`s${i}`] = [
      {
        vpc_id: '${aws_vpc.main.id}',
        cidr_block: `10.0.${i % 256}.0/24`,
        tags: { Name: `subnet-${i}` },
      },
    ];
    aws_security_group[`g${i}`] = [
      {
        vpc_id: '${aws_vpc.main.id}',
        ingress: [
          {
            from_port: 443,
            to_port: 443,
            protocol: 'tcp',
            cidr_blocks: ['0.0.0.0/0'],
            security_groups: [`\${aws_security_group.g${(i + 1) % pairs}.id}`],
          },
        ],
      },
    ];
  }
  return {
    resource: {
      aws_vpc: { main: [{ cidr_block: '10.0.0.0/16' }] },
      aws_subnet,
      aws_security_group,
    },
  };
}

const parsed =
  (json: unknown): HclParser =>
  () =>
    Promise.resolve(json);

describe('hostile Terraform input', () => {
  it('reads 1,000 resources once parsed, with the groups they refer to', async () => {
    const json = configuration(500);
    const result = await readTerraformHcl(
      [{ name: 'main.tf', text: 'resource "x" "y" {}' }],
      parsed(json),
    );
    expect(result.ok && result.model.resources).toHaveLength(1001);
    expect(
      result.ok && result.model.resources.find((r) => r.id === 'aws_security_group.g7'),
    ).toMatchObject({
      inbound: [{ peer: '0.0.0.0/0' }, { peer: 'aws_security_group.g8', peerIsGroup: true }],
    });
  });

  it('reads a configuration of several MB (JSON syntax) up to its cap', HANG_GUARD, async () => {
    const text = JSON.stringify(configuration(12_000));
    expect(text.length).toBeGreaterThan(3_000_000);
    const result = await readTerraformHcl([{ name: 'main.tf.json', text }], parsed(undefined));
    // Beyond 20,000 instances the rest is not read, and the report says so.
    expect(result.ok && result.model.resources).toHaveLength(20_000);
    expect(result.ok && result.model.unknowns.map((u) => u.reason.en)).toContain(
      'the configuration has more than 20000 resource instances: the rest are not read',
    );
  });

  it('refuses deep nesting before it reaches the parser, with where it is', async () => {
    const text = `locals {\n  x = ${'['.repeat(5000)}${']'.repeat(5000)}\n}\n`;
    const never: HclParser = () => Promise.reject(new Error('must not be called'));
    const result = await readTerraformHcl([{ name: 'deep.tf', text }], never);
    expect(result.ok === false && result.errors[0]).toMatchObject({
      path: 'deep.tf line 2, column 106',
      code: 'too-deep',
    });
    // In a string's interpolation too; a heredoc's text is not code.
    const template = `locals {\n  x = "\${${'('.repeat(200)}1${')'.repeat(200)}}"\n}\n`;
    expect((await readTerraformHcl([{ name: 't.tf', text: template }], never)).ok).toBe(false);
    const heredoc = `locals {\n  x = <<EOT\n${'['.repeat(500)}\nEOT\n}\n`;
    expect((await readTerraformHcl([{ name: 'h.tf', text: heredoc }], parseHclNode)).ok).toBe(true);
    // JSON syntax needs no parser: values nested deeper than the reader goes are cut, and reported.
    const deep = `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`;
    const json = await readTerraformHcl(
      [
        {
          name: 'd.tf.json',
          text: `{ "resource": { "aws_vpc": { "a": { "cidr_block": ${deep} } } } }`,
        },
      ],
      never,
    );
    expect(json.ok && json.model.unknowns.map((u) => u.property)).toEqual(['cidr_block']);
  });

  it('reads 200,000 unreadable interpolations, with a short reason', HANG_GUARD, async () => {
    const text = JSON.stringify({
      resource: { aws_vpc: { a: { cidr_block: '${+}'.repeat(200_000) } } },
    });
    const result = await readTerraformHcl([{ name: 'x.tf.json', text }], parsed(undefined));
    expect(result.ok && result.model.unknowns[0].reason.en.length).toBeLessThan(200);
  });

  it('reports a cycle between locals and caps a count of 1e9', async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf',
          text: [
            'locals {',
            '  a = local.b',
            '  b = "${local.c}-x"',
            '  c = local.a',
            '  self = local.self',
            '}',
            'resource "aws_vpc" "a" {',
            '  cidr_block = local.a',
            '  tags = { Name = local.self }',
            '}',
            'resource "aws_subnet" "many" {',
            '  count = 1e9',
            '}',
          ].join('\n'),
        },
      ],
      parseHclNode,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.model.unknowns.filter((u) => u.resource === 'aws_vpc.a').map((u) => u.reason.en),
    ).toEqual(['local value a refers to itself', 'local value self refers to itself']);
    expect(result.model.resources.filter((r) => r.sourceType === 'aws_subnet')).toHaveLength(256);
    expect(result.model.unknowns.find((u) => u.resource === 'aws_subnet.many')?.property).toBe(
      'count',
    );
  });

  it('treats __proto__ as an ordinary name', async () => {
    // Written as text: in an object literal, __proto__ would set the prototype instead.
    const text = `{
      "variable": { "__proto__": { "default": "10.0.0.0/16" } },
      "locals": { "__proto__": "polluted" },
      "resource": {
        "__proto__": { "x": { "polluted": true } },
        "aws_vpc": { "__proto__": { "cidr_block": "\${var.__proto__}", "tags": { "__proto__": "p", "Name": "\${local.__proto__}" } } }
      }
    }`;
    const result = await readTerraformHcl([{ name: 'p.tf.json', text }], parsed(undefined));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && result.model.resources.map((r) => r.id)).toEqual([
      '__proto__.x',
      'aws_vpc.__proto__',
    ]);
    expect(result.ok && result.model.resources[1]).toMatchObject({
      cidr: '10.0.0.0/16',
      name: 'polluted',
    });
  });

  it('never throws on any JSON, as a plan, a state or a configuration', async () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const wrapped of [
          value,
          { format_version: '1.0', values: { root_module: value } },
          {
            format_version: '1.0',
            values: {
              root_module: {
                resources: [{ address: 'aws_vpc.a', type: 'aws_vpc', values: value }],
              },
            },
          },
          {
            planned_values: {
              root_module: { resources: [{ address: 'aws_lb.a', type: 'aws_lb', values: value }] },
            },
            configuration: { root_module: value },
          },
        ]) {
          readTerraformJson(wrapped);
        }
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await readTerraformHcl(
          [
            {
              name: 'x.tf.json',
              text: JSON.stringify({
                resource: { aws_security_group: { a: value }, aws_lb: value },
              }),
            },
          ],
          parsed(undefined),
        );
      }),
      { numRuns: 300 },
    );
  });
});
