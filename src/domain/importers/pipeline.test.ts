import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzParameters, fuzzTimeout } from '../document/arbitraries';
import { importDiagram } from '../document/import';
import { MAX_IMPORT_BYTES } from '../document/limits';
import type { SourceFile } from '.';
import { convertInfrastructure, detectFormat } from '.';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixtures(folder: string, ending: RegExp): SourceFile[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((n) => ending.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const templates = fixtures('cloudformation', /\.(?:ya?ml|json)$/);
const plans = fixtures('terraform', /\.json$/).filter(
  (f) => detectFormat(f.text, f.name) === 'terraform-json',
);

describe('convertInfrastructure on the readers’ fixtures', () => {
  it('has fixtures to run on', () => {
    expect(templates.length).toBeGreaterThan(5);
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each([...templates, ...plans].map((f) => [f.name, f] as const))(
    '%s: a refusal names where, a conversion imports without a warning',
    async (_name, file) => {
      const converted = await convertInfrastructure([file], {});
      expect(converted.format).toBe(detectFormat(file.text, file.name));
      if (!converted.ok) {
        expect(converted.errors.length).toBeGreaterThan(0);
        for (const e of converted.errors) expect(e.message.en.length).toBeGreaterThan(0);
        return;
      }
      const imported = importDiagram(converted.document);
      expect(imported.ok && imported.warnings).toEqual([]);
      // Every node is a resource of the source, or one the builder adds (the internet).
      const reported = new Set(converted.report.entries.map((e) => e.id));
      const nodesOfResources = converted.report.entries.flatMap((e) =>
        e.outcome.as === 'node' ? [e.outcome.node] : [],
      );
      for (const id of nodesOfResources) {
        expect(converted.document.nodes.map((n) => n.id)).toContain(id);
        expect(reported.has(id)).toBe(true);
      }
    },
  );
});

describe('convertInfrastructure refusals', () => {
  const vpc =
    'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16 }\n';

  it('converts a CloudFormation template, the logical id becoming the node id', async () => {
    const converted = await convertInfrastructure([{ name: 't.yaml', text: vpc }], {});
    expect(converted.ok && converted.document.nodes.map((n) => n.id)).toContain('Vpc');
    expect(converted.format).toBe('cloudformation');
  });

  it('refuses input over the size limit with the document importer’s message', async () => {
    const big = `${vpc}Description: "${'x'.repeat(MAX_IMPORT_BYTES)}"\n`;
    const converted = await convertInfrastructure([{ name: 'big.yaml', text: big }], {});
    const asDocument = importDiagram(big);
    expect(converted.ok).toBe(false);
    expect(!converted.ok && converted.errors).toEqual(!asDocument.ok && asDocument.errors);
    expect(!converted.ok && converted.errors[0].code).toBe('too-large');
  });

  it('counts the size of all the files together', async () => {
    const half = `# ${'x'.repeat(MAX_IMPORT_BYTES / 2)}\n`;
    const converted = await convertInfrastructure(
      [
        { name: 'a.tf', text: half },
        { name: 'b.tf', text: half },
      ],
      { parseHcl: () => Promise.reject(new Error('must not be reached')) },
    );
    expect(!converted.ok && converted.errors[0].code).toBe('too-large');
  });

  it('refuses Terraform HCL when no HCL parser is given', async () => {
    const converted = await convertInfrastructure(
      [{ name: 'main.tf', text: 'resource "aws_vpc" "a" {\n  cidr_block = "10.0.0.0/16"\n}\n' }],
      {},
    );
    expect(converted.format).toBe('terraform-hcl');
    expect(!converted.ok && converted.errors.map((e) => e.code)).toEqual(['no-hcl-parser']);
  });

  it('opens several files only when they are all Terraform', async () => {
    const converted = await convertInfrastructure(
      [
        { name: 'main.tf', text: 'provider "aws" {\n}\n' },
        { name: 'stack.yaml', text: vpc },
      ],
      { parseHcl: () => Promise.reject(new Error('must not be reached')) },
    );
    expect(!converted.ok && converted.errors.map((e) => e.code)).toEqual(['several-files']);
    expect(!converted.ok && converted.errors[0].message.en).toContain('stack.yaml');
  });

  it('refuses no file, and a file that is no infrastructure', async () => {
    const none = await convertInfrastructure([], {});
    expect(!none.ok && none.errors.map((e) => e.code)).toEqual(['no-file']);
    const other = await convertInfrastructure([{ name: 'x.json', text: '{"a": 1}' }], {});
    expect(!other.ok && other.errors.map((e) => e.code)).toEqual(['not-infrastructure']);
  });

  it('refuses a broken plan with its line and column', async () => {
    const text = '{\n  "format_version": "1.2",\n  "planned_values": {,\n}';
    const converted = await convertInfrastructure([{ name: 'plan.json', text }], {});
    expect(converted.format).toBe('terraform-json');
    expect(!converted.ok && converted.errors[0].path).toBe('line 3, column 22');
  });

  it('turns a failing HCL parser into a refusal', async () => {
    const converted = await convertInfrastructure(
      [{ name: 'main.tf', text: 'resource "aws_vpc" "a" {\n}\n' }],
      { parseHcl: () => Promise.reject(new Error('wasm crashed')) },
    );
    expect(converted.ok).toBe(false);
  });
});

describe('convertInfrastructure never throws', () => {
  const seeds = [...templates, ...plans].map((f) => f.text);
  /** A fixture with a slice cut out and random text put in its place. */
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 200 }), fc.string({ maxLength: 40 }))
    .map(([text, at, cut, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    });
  const text = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.json(),
    mutated,
    fc.constantFrom('{', 'Resources:', '!Ref', '---\n- a', 'resource "aws_vpc" "a" {'),
  );

  it(
    'on random and mutated text, whatever the HCL parser returns',
    { timeout: fuzzTimeout() },
    async () => {
      await fc.assert(
        fc.asyncProperty(text, fc.jsonValue(), fc.boolean(), async (t, parsed, fails) => {
          const converted = await convertInfrastructure([{ name: 'input', text: t }], {
            parseHcl: () =>
              fails ? Promise.reject(new Error('bad HCL')) : Promise.resolve(parsed),
          } as Parameters<typeof convertInfrastructure>[1]);
          expect(typeof converted.ok).toBe('boolean');
          if (converted.ok) expect(importDiagram(converted.document).ok).toBe(true);
        }),
        fuzzParameters(300),
      );
    },
  );
});
