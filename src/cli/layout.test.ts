import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { checkLayout } from '../layout/checkLayout';
import { bufferIo } from './io';
import { layoutCommand, parseLayoutArgs } from './layout';

const dir = mkdtempSync(join(tmpdir(), 'asp-layout-cli-'));

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'layout', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A hand-written file without any position: the CLI must place every node. */
const unplaced = {
  type: 'aws-security-playground',
  version: 1,
  title: 'CLI layout',
  nodes: [
    { id: 'internet', kind: 'internet' },
    { id: 'cf', kind: 'cloudfront' },
    { id: 'waf', kind: 'waf' },
    { id: 'vpc', kind: 'vpc' },
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
    { id: 'alb', kind: 'alb', parent: 'pub' },
    { id: 'priv', kind: 'subnet', parent: 'vpc' },
    { id: 'ec2', kind: 'ec2', parent: 'priv' },
  ],
  edges: [
    { id: 'e1', source: 'internet', target: 'cf' },
    { id: 'e2', source: 'cf', target: 'alb' },
    { id: 'e3', source: 'alb', target: 'ec2' },
    { id: 'e4', source: 'waf', target: 'cf' },
  ],
};

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function expectTidy(json: string) {
  const result = importDiagram(json);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.needsLayout).toBe(false);
  expect(result.doc.nodes.map((n) => n.id).sort()).toEqual(unplaced.nodes.map((n) => n.id).sort());
  expect(checkLayout(result.doc)).toEqual([]);
  for (const id of ['vpc', 'pub', 'priv'])
    expect(result.doc.nodes.find((n) => n.id === id)!.size).toBeDefined();
}

describe('cli layout', () => {
  it('writes the laid-out document to stdout', () => {
    const r = cli(write('in.json', JSON.stringify(unplaced)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expectTidy(r.stdout);
  }, 60_000);

  it('writes to -o OUT and prints nothing', () => {
    const out = join(dir, 'out.json');
    const r = cli(write('in2.json', JSON.stringify(unplaced)), '-o', out, '--direction', 'down');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expectTidy(readFileSync(out, 'utf8'));
  }, 60_000);

  it('exits 2 with the JSON path on stderr for an invalid document', () => {
    const bad = { ...unplaced, nodes: [...unplaced.nodes, { id: 'x', kind: 'mainframe' }] };
    const r = cli(write('bad.json', JSON.stringify(bad)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nodes[8].kind');
  }, 60_000);

  it('exits 2 for a file that cannot be read or is not JSON (in process)', async () => {
    const missing = bufferIo();
    expect(await layoutCommand([join(dir, 'nope.json')], missing)).toBe(2);
    expect(missing.err).toMatch(/nope\.json: cannot read the file/);
    const notJson = bufferIo();
    const broken = write('broken.json', '{"type": "aws-security-playground",');
    expect(await layoutCommand([broken], notJson)).toBe(2);
    expect(notJson.out).toBe('');
    expect(notJson.err).toContain('broken.json');
    const usage = bufferIo();
    expect(await layoutCommand([], usage)).toBe(2);
    expect(usage.err).toContain('FILE is missing');
  });
});

describe('parseLayoutArgs', () => {
  it('reads the file, the output and the layout options', () => {
    expect(parseLayoutArgs(['a.json', '-o', 'b.json', '--spacing', 'roomy'])).toEqual({
      file: 'a.json',
      out: 'b.json',
      request: { direction: 'RIGHT', spacing: 'roomy' },
    });
  });

  it('names what is wrong', () => {
    expect(parseLayoutArgs([])).toBe('FILE is missing');
    expect(parseLayoutArgs(['a.json', '-o'])).toBe('-o needs a value');
    expect(parseLayoutArgs(['a.json', '--direction', 'left'])).toMatch(/right or down/);
    expect(parseLayoutArgs(['a.json', '--fast'])).toBe('unknown option --fast');
    expect(parseLayoutArgs(['a.json', 'b.json'])).toBe('unexpected argument b.json');
  });
});
