import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { detectFormat } from '../domain/importers';
import { bufferIo } from './io';
import { main } from './main';
import { parseImportArgs } from './import';

const FIXTURES = join(import.meta.dirname, '../domain/importers/fixtures');
const TEMPLATE = join(FIXTURES, 'cloudformation/cli-public-subnet-without-gateway.yaml');
const TERRAFORM_FOLDER = join(FIXTURES, 'terraform/cli-folder');
const dir = mkdtempSync(join(tmpdir(), 'asp-import-cli-'));

async function run(...args: string[]) {
  const io = bufferIo();
  const status = await main(args, io);
  return { status, stdout: io.out, stderr: io.err };
}

interface JsonReport {
  findings: { rule: string; severity: string; nodes: string[] }[];
}

function findingsOf(stdout: string): JsonReport['findings'] {
  return (JSON.parse(stdout) as JsonReport).findings;
}

/** A finding of `rule` names `node` (a logical id or a resource address). */
function expectFinding(findings: JsonReport['findings'], rule: string, node: string) {
  expect(findings.filter((f) => f.rule === rule).flatMap((f) => f.nodes)).toContain(node);
}

/**
 * Every fixture the readers have: CloudFormation templates, Terraform files and plans
 * (one file each), and the Terraform folder.
 */
function sourceFixtures(): string[] {
  const files: string[] = [TERRAFORM_FOLDER];
  for (const folder of ['cloudformation', 'terraform']) {
    for (const name of readdirSync(join(FIXTURES, folder))) {
      const path = join(FIXTURES, folder, name);
      if (!/\.(?:ya?ml|json|tf)$/.test(name)) continue;
      if (detectFormat(readFileSync(path, 'utf8'), name) === 'diagram') continue;
      files.push(path);
    }
  }
  return files.sort();
}

describe('validate on a CloudFormation template', { timeout: 60_000 }, () => {
  it('finds the errors, names the logical ids and keeps stdout one JSON object', async () => {
    const r = await run('validate', TEMPLATE, '--format', 'json');
    expect(r.status).toBe(1);
    const findings = findingsOf(r.stdout);
    expectFinding(findings, 'NET-02', 'PublicSubnet');
    expect(findings.find((f) => f.rule === 'NET-02')?.severity).toBe('error');
    expectFinding(findings, 'SG-05', 'BastionGroup');
    // The template's logical ids, nothing else: a CI log points at the template.
    const named = new Set(findings.flatMap((f) => f.nodes));
    expect([...named].sort()).toEqual(['Bastion', 'BastionGroup', 'Network', 'PublicSubnet']);
  });

  it('writes what is not drawn and what is unknown to stderr as warnings', async () => {
    const r = await run('validate', TEMPLATE);
    expect(r.stderr).toContain(
      `${TEMPLATE}: warning: not drawn: AWS::IAM::InstanceProfile ×1 (BastionProfile)`,
    );
    expect(r.stderr).toMatch(/warning: .*AdminCidr|warning: .*unknown value.*AdminCidr/);
    expect(r.stdout).toContain(`${TEMPLATE}: 1 error`);
  });

  it('speaks Japanese with --lang ja', async () => {
    const r = await run('validate', TEMPLATE, '--lang', 'ja');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('エラー');
    expect(r.stderr).toContain('描画されません');
  });

  it('refuses a broken template with exit 2, the line and column on stderr', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: [unclosed\n',
    );
    const r = await run('validate', broken);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^${broken.replace(/[.\\]/g, '\\$&')}: error: line \\d+, column \\d+`),
    );
  });
});

describe('validate on Terraform', { timeout: 60_000 }, () => {
  it('reads a folder of .tf files as one configuration; ids are resource addresses', async () => {
    const r = await run('validate', TERRAFORM_FOLDER, '--format', 'json');
    expect(r.status).toBe(1);
    const findings = findingsOf(r.stdout);
    expectFinding(findings, 'NET-02', 'aws_subnet.public');
    expectFinding(findings, 'SG-05', 'aws_security_group.bastion');
    expect(r.stderr).toContain('aws_iam_role');
    expect(r.stderr).toContain('admin_cidr');
  });

  it('refuses a folder without Terraform files', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = await run('validate', empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no .tf or .tf.json file');
  });
});

describe('import', { timeout: 120_000 }, () => {
  it('parses its arguments', () => {
    expect(parseImportArgs(['t.yaml', '-o', 'd.json', '--lang=ja'])).toEqual({
      file: 't.yaml',
      out: 'd.json',
      lang: 'ja',
    });
    expect(parseImportArgs(['t.yaml', '--out', 'd.json'])).toEqual({
      file: 't.yaml',
      out: 'd.json',
      lang: 'en',
    });
    expect(parseImportArgs([])).toBe('FILE is missing');
    expect(parseImportArgs(['t.yaml', '--format', 'json'])).toBe('unknown option --format');
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const r = await run('import');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: import FILE');
  });

  it('writes the document laid out, the report on stderr, nothing else on stdout', async () => {
    const out = join(dir, 'bastion.json');
    const r = await run('import', TEMPLATE, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('BastionProfile');
    const imported = importDiagram(readFileSync(out, 'utf8'));
    expect(imported.ok && imported.warnings).toEqual([]);
    expect(imported.ok && imported.needsLayout).toBe(false);
    expect(imported.ok && imported.doc.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['Network', 'PublicSubnet', 'BastionGroup', 'Bastion']),
    );
  });

  it('writes to stdout without -o, the report in Japanese with --lang ja', async () => {
    const r = await run('import', TERRAFORM_FOLDER, '--lang', 'ja');
    expect(r.status).toBe(0);
    expect(importDiagram(r.stdout).ok).toBe(true);
    expect(r.stderr).toMatch(/[\u3040-\u30ff]/);
  });

  it.each(sourceFixtures().map((f) => [f.slice(FIXTURES.length + 1), f]))(
    'round trip of %s: the written diagram re-imports cleanly and has the same findings',
    async (name, file) => {
      const out = join(dir, `${name.replace(/[\\/]/g, '-')}.json`);
      const imported = await run('import', file, '-o', out);
      const direct = await run('validate', file, '--format', 'json');
      if (imported.status === 2) {
        // A refused template is refused by both commands, with the reason on stderr.
        expect(direct.status).toBe(2);
        expect(imported.stderr).toContain('error');
        return;
      }
      expect(imported.status).toBe(0);
      const again = importDiagram(readFileSync(out, 'utf8'));
      expect(again.ok && again.warnings).toEqual([]);
      const viaDiagram = await run('validate', out, '--format', 'json');
      expect(viaDiagram.status).toBe(direct.status);
      expect(findingsOf(viaDiagram.stdout)).toEqual(findingsOf(direct.stdout));
    },
  );
});

// Exit codes as a CI job sees them; each run starts `npx tsx`, which takes seconds.
describe('npm run cli on a template (a real process)', { timeout: 60_000 }, () => {
  function cli(...args: string[]) {
    return spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('validate exits 1 on an error finding, import exits 0', () => {
    expect(cli('validate', TEMPLATE).status).toBe(1);
    expect(cli('import', TEMPLATE, '-o', join(dir, 'process.json')).status).toBe(0);
  });
});
