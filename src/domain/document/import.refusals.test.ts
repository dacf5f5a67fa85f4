/** Every refusal of format.md "Validity": an error with its JSON path and a clear message. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, importDiagram } from './import';
import { errorsOf, file, importFile, issueAt } from './importTesting';

const refused = (input: unknown, opts?: { sizeBytes?: number }) =>
  errorsOf(importDiagram(input, opts));

describe('import refuses', () => {
  it('a file over 20 MB, before parsing it', () => {
    const errors = refused('not even json', { sizeBytes: MAX_IMPORT_BYTES + 1 });
    const e = issueAt(errors, '$', 'too-large');
    expect(e.message.en).toBe('The file is 20.1 MB; the app reads files up to 20 MB.');
    expect(e.message.ja).toContain('20 MB');
  });

  it('a file of exactly 20 MB is not too large', () => {
    const result = importDiagram(JSON.stringify(file()), { sizeBytes: MAX_IMPORT_BYTES });
    expect(result.ok).toBe(true);
  });

  it('a parsed value whose given size is over the limit', () => {
    issueAt(refused(file(), { sizeBytes: 25 * 1024 * 1024 }), '$', 'too-large');
  });

  it('text that is not JSON, naming line and column', () => {
    const text = '{\n  "type": "aws-security-playground",\n  "version": 1\n  "nodes": []\n}';
    issueAt(
      refused(text),
      '$',
      'not-json',
      "The file is not valid JSON (line 4, column 3): expected ',' or '}'.",
    );
  });

  it('JSON that is not an object', () => {
    issueAt(
      refused('[1, 2]'),
      '$',
      'not-object',
      'The file must hold one JSON object { "type": "aws-security-playground", … }; found a list.',
    );
    issueAt(refused(null), '$', 'not-object');
    issueAt(refused(42), '$', 'not-object');
    issueAt(refused(undefined), '$', 'not-object');
  });

  it('a wrong or missing type', () => {
    issueAt(
      errorsOf(importFile({ type: 'excalidraw' })),
      'type',
      'wrong-type',
      `type: must be "aws-security-playground"; found 'excalidraw'. This is not a diagram file of this app.`,
    );
    const { type: _omit, ...noType } = file();
    issueAt(refused(JSON.stringify(noType)), 'type', 'wrong-type');
  });

  it('a version that is not a whole number', () => {
    issueAt(
      errorsOf(importFile({ version: '1' })),
      'version',
      'bad-version',
      "version: must be a whole number such as 1; found '1'.",
    );
    issueAt(errorsOf(importFile({ version: 1.5 })), 'version', 'bad-version');
    const { version: _omit, ...noVersion } = file();
    issueAt(refused(noVersion), 'version', 'bad-version');
  });

  it('a newer version, saying so', () => {
    issueAt(
      errorsOf(importFile({ version: 2 })),
      'version',
      'newer-version',
      'version: this file was made by a newer version of the app (v2); this app reads up to v1.',
    );
  });

  it('missing nodes or edges', () => {
    const { nodes: _n, edges: _e, ...bare } = file();
    const errors = refused(bare);
    issueAt(
      errors,
      'nodes',
      'missing-array',
      'nodes: missing; a diagram needs a "nodes" list (it may be empty: []).',
    );
    issueAt(errors, 'edges', 'missing-array');
  });

  it('nodes or edges that are not lists', () => {
    const errors = errorsOf(importFile({ nodes: { a: 1 }, edges: null }));
    issueAt(errors, 'nodes', 'not-array', 'nodes: must be a list [ … ]; found an object.');
    issueAt(errors, 'edges', 'not-array', 'edges: must be a list [ … ]; found null.');
  });

  it('a node that is not an object', () => {
    issueAt(errorsOf(importFile({ nodes: ['ec2-1'] })), 'nodes[0]', 'node-not-object');
  });

  it('a node without id', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ kind: 'ec2' }] })),
      'nodes[0].id',
      'missing-id',
      'nodes[0].id: the node has no id.',
    );
  });

  it('an id that is not text', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ id: 7, kind: 'ec2' }] })),
      'nodes[0].id',
      'bad-id',
      'nodes[0].id: the id must be text; found 7.',
    );
  });

  it('an id that is empty or longer than 128 characters', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ id: '', kind: 'ec2' }] })),
      'nodes[0].id',
      'id-length',
      'nodes[0].id: the id must be 1 to 128 characters long; it has 0.',
    );
    issueAt(
      errorsOf(importFile({ nodes: [{ id: 'x'.repeat(129), kind: 'ec2' }] })),
      'nodes[0].id',
      'id-length',
    );
    expect(importFile({ nodes: [{ id: 'x'.repeat(128), kind: 'ec2' }] }).ok).toBe(true);
  });

  it('a node without kind', () => {
    issueAt(errorsOf(importFile({ nodes: [{ id: 'a' }] })), 'nodes[0].kind', 'missing-kind');
  });

  it('an unknown kind', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ id: 'a', kind: 'ec3' }] })),
      'nodes[0].kind',
      'unknown-kind',
      `nodes[0].kind: 'ec3' is not a known kind (such as "ec2", "vpc" or "waf"; see kinds.md).`,
    );
  });

  it('a parent that does not exist', () => {
    issueAt(
      errorsOf(
        importFile({
          nodes: [
            { id: 'vpc-1', kind: 'vpc' },
            { id: 'a', kind: 'ec2', parent: 'vpc-9' },
          ],
        }),
      ),
      'nodes[1].parent',
      'parent-missing',
      "nodes[1].parent: 'vpc-9' does not exist.",
    );
  });

  it('a parent that is not text', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ id: 'a', kind: 'ec2', parent: 3 }] })),
      'nodes[0].parent',
      'bad-parent',
    );
  });

  it('a parent that is not a container', () => {
    issueAt(
      errorsOf(
        importFile({
          nodes: [
            { id: 'ec2-1', kind: 'ec2' },
            { id: 'rds-1', kind: 'rds', parent: 'ec2-1' },
          ],
        }),
      ),
      'nodes[1].parent',
      'parent-not-container',
      "nodes[1].parent: 'ec2-1' is a ec2, which cannot contain other nodes; only organization, account, region, vpc, subnet and security-group can.",
    );
  });

  it('a parent cycle, once, on the first member', () => {
    const errors = errorsOf(
      importFile({
        nodes: [
          { id: 'x', kind: 'ec2', parent: 'a' },
          { id: 'a', kind: 'vpc', parent: 'b' },
          { id: 'b', kind: 'subnet', parent: 'a' },
        ],
      }),
    );
    expect(errors).toHaveLength(1);
    issueAt(
      errors,
      'nodes[1].parent',
      'parent-cycle',
      "nodes[1].parent: the parents form a cycle ('a' → 'b' → 'a'); a node cannot be inside itself.",
    );
  });

  it('a node that is its own parent', () => {
    issueAt(
      errorsOf(importFile({ nodes: [{ id: 'v', kind: 'vpc', parent: 'v' }] })),
      'nodes[0].parent',
      'parent-cycle',
    );
  });
});

describe('import collects every error', () => {
  it('reports all problems of a file, not just the first', () => {
    const errors = errorsOf(
      importFile({
        nodes: [
          { kind: 'ec2' },
          { id: 'a', kind: 'nope' },
          { id: 'b', kind: 'ec2', parent: 'missing' },
          'junk',
          { id: 'c', kind: 'ec2', parent: 'b' },
        ],
        edges: 5,
      }),
    );
    expect(errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
      'edges not-array',
      'nodes[0].id missing-id',
      'nodes[1].kind unknown-kind',
      'nodes[2].parent parent-missing',
      'nodes[3] node-not-object',
      'nodes[4].parent parent-not-container',
    ]);
  });
});

describe('import never throws', () => {
  const inputs: unknown[] = [
    '',
    '{',
    'null',
    '"text"',
    '[]',
    0,
    true,
    {},
    [],
    () => 1,
    Symbol('s'),
    10n,
  ];
  it.each(inputs.map((i) => [i]))('refuses %s with an error', (input) => {
    const result = importDiagram(input);
    expect(result.ok).toBe(false);
  });

  it('turns an exception inside the import into an error', () => {
    const hostile = file();
    Object.defineProperty(hostile, 'nodes', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    issueAt(refused(hostile), '$', 'internal');
  });
});
