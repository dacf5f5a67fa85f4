import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { runRules } from '../domain/rules/engine';
import { bufferIo } from './io';
import { main } from './main';
import {
  exitStatusOf,
  formatJson,
  formatText,
  parseValidateArgs,
  validateCommand,
} from './validate';

const dir = mkdtempSync(join(tmpdir(), 'asp-validate-cli-'));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const envelope = { type: 'aws-security-playground', version: 1 };

/** Nothing but a VPC: at most warnings and info (NET-10), no error. */
const noErrors = { ...envelope, nodes: [{ id: 'vpc', kind: 'vpc' }], edges: [] };

/** A public subnet in a VPC without an internet gateway: NET-02, an error. */
const withError = {
  ...envelope,
  nodes: [
    { id: 'vpc', kind: 'vpc' },
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
  ],
  edges: [],
};

/** The same, with the error accepted by the user. */
const accepted = {
  ...withError,
  accepted: [{ rule: 'NET-02', node: 'pub', reason: 'gateway comes later' }],
};

const unknownKind = { ...envelope, nodes: [{ id: 'a', kind: 'mainframe' }], edges: [] };

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts `npx tsx`, which takes seconds on a loaded machine.
describe('npm run cli -- validate (a real process)', { timeout: 60_000 }, () => {
  it('exits 0 and prints a report with a summary when no finding is an error', () => {
    const file = write('no-errors.json', noErrors);
    const r = cli('validate', file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`${file.replace(/[.\\]/g, '\\$&')}: 0 errors, \\d+ warnings?, \\d+ info\\n$`),
    );
  });

  it('exits 1 and prints exactly one JSON object of findings with --format json', () => {
    const r = cli('validate', write('with-error.json', withError), '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as {
      findings: Record<string, unknown>[];
      accepted: unknown[];
    };
    expect(report.findings).toContainEqual({
      rule: 'NET-02',
      severity: 'error',
      nodes: ['pub', 'vpc'],
      message: expect.stringContaining("Subnet 'pub' is public"),
      fix: expect.any(String),
    });
    for (const f of report.findings)
      expect(Object.keys(f).sort()).toEqual(['fix', 'message', 'nodes', 'rule', 'severity']);
    expect(report.accepted).toEqual([]);
  });

  it('exits 2 on an invalid document: the reason with its JSON path on stderr, nothing on stdout', () => {
    const r = cli('validate', write('unknown-kind.json', unknownKind), '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nodes[0].kind');
    expect(r.stderr).toContain('mainframe');
  });

  it('exits 2 with the usage on stderr for a bad command line', () => {
    const r = cli('validate', write('usage.json', noErrors), '--format', 'xml');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("--format must be text or json, not 'xml'");
    expect(r.stderr).toContain('usage: validate FILE');
  });
});

describe('validateCommand', () => {
  async function run(...args: string[]) {
    const io = bufferIo();
    const status = await validateCommand(args, io);
    return { status, ...io };
  }

  it('does not count accepted findings, and lists them apart with the reason', async () => {
    const file = write('accepted.json', accepted);
    const text = await run(file);
    expect(text.status).toBe(0);
    expect(text.out).toMatch(/Accepted, not counted \(1\)\n {2}error {4}NET-02 {2}pub, vpc {2}/);
    expect(text.out).toContain('reason: gateway comes later');
    expect(text.out).toContain(': 0 errors');
    expect(text.out).toContain('(1 accepted)');

    const json = await run(file, '--format=json');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.out) as {
      findings: { rule: string }[];
      accepted: Record<string, unknown>[];
    };
    expect(report.findings.map((f) => f.rule)).not.toContain('NET-02');
    expect(report.accepted).toEqual([
      expect.objectContaining({
        rule: 'NET-02',
        nodes: ['pub', 'vpc'],
        reason: 'gateway comes later',
      }),
    ]);
  });

  it('speaks Japanese with --lang ja, while JSON stays English', async () => {
    const file = write('ja.json', withError);
    const ja = await run(file, '--lang', 'ja');
    expect(ja.status).toBe(1);
    expect(ja.out).toContain('エラー (1)');
    expect(ja.out).toContain('サブネット「pub」はパブリック');
    expect(ja.out).toMatch(/エラー 1 件、警告 \d+ 件、情報 \d+ 件\n$/);
    const json = await run(file, '--lang', 'ja', '--format', 'json');
    expect(json.out).toContain("Subnet 'pub' is public");
  });

  it('exits 2 for a missing file, a file that is not JSON and a file over 20 MB', async () => {
    const missing = await run(join(dir, 'nope.json'));
    expect(missing).toMatchObject({ status: 2, out: '' });
    expect(missing.err).toContain('cannot read the file');

    const notJson = await run(write('not-json.json', '{"type": '));
    expect(notJson).toMatchObject({ status: 2, out: '' });
    expect(notJson.err).toMatch(/^.*not-json\.json: error: \$: .+\[not-json\]\n$/);

    const huge = write('huge.json', '');
    truncateSync(huge, 21 * 1024 * 1024);
    const tooLarge = await run(huge);
    expect(tooLarge).toMatchObject({ status: 2, out: '' });
    expect(tooLarge.err).toContain('[too-large]');
  });

  it('prints repairs as warnings on stderr and still validates', async () => {
    const r = await run(
      write('repaired.json', { ...noErrors, edges: [{ id: 'e', source: 'vpc', target: 'ghost' }] }),
      '--format',
      'json',
    );
    expect(r.status).toBe(0);
    expect(r.err).toContain('warning: edges[0]');
    expect(() => JSON.parse(r.out)).not.toThrow();
  });
});

describe('parseValidateArgs', () => {
  it('reads the file, format and language in any order', () => {
    expect(parseValidateArgs(['f.json'])).toEqual({ file: 'f.json', format: 'text', lang: 'en' });
    expect(parseValidateArgs(['--lang=ja', '--format', 'json', 'f.json'])).toEqual({
      file: 'f.json',
      format: 'json',
      lang: 'ja',
    });
  });

  it('says what is wrong', () => {
    expect(parseValidateArgs([])).toBe('FILE is missing');
    expect(parseValidateArgs(['a', 'b'])).toBe('unexpected argument b');
    expect(parseValidateArgs(['a', '--format'])).toBe('--format needs a value');
    expect(parseValidateArgs(['a', '--lang', 'fr'])).toBe("--lang must be en or ja, not 'fr'");
    expect(parseValidateArgs(['a', '--verbose'])).toBe('unknown option --verbose');
  });
});

describe('report formats', () => {
  const imported = importDiagram(JSON.stringify(withError));
  if (!imported.ok) throw new Error('fixture does not import');
  const result = runRules(imported.doc);

  it('groups text by severity, most severe first, with counts and the fix', () => {
    const text = formatText(imported.doc, result, 'en', 'd.json');
    expect(text.startsWith('Errors (1)\n')).toBe(true);
    expect(text).toContain('      fix: Add an internet gateway to the VPC');
    const errorAt = text.indexOf('NET-02');
    const infoAt = text.indexOf('NET-10');
    expect(infoAt === -1 || infoAt > errorAt).toBe(true);
  });

  it('says so when there is nothing to report', () => {
    const empty = { findings: [], accepted: [], unusedAccepted: [] };
    expect(formatText(imported.doc, empty, 'en', 'd.json')).toBe(
      'No findings.\nd.json: 0 errors, 0 warnings, 0 info\n',
    );
    expect(JSON.parse(formatJson(imported.doc, empty))).toEqual({ findings: [], accepted: [] });
    expect(exitStatusOf(empty)).toBe(0);
    expect(exitStatusOf(result)).toBe(1);
  });
});

describe('main', () => {
  it('dispatches, and refuses an unknown or missing command with the usage', async () => {
    const io = bufferIo();
    expect(await main(['validate', write('main.json', noErrors)], io)).toBe(0);
    expect(io.out).toContain('0 errors');

    const unknown = bufferIo();
    expect(await main(['lint', 'x.json'], unknown)).toBe(2);
    expect(unknown.err).toContain("unknown command 'lint'");
    expect(unknown.err).toContain('validate FILE');
    expect(unknown.out).toBe('');

    const none = bufferIo();
    expect(await main([], none)).toBe(2);
    expect(none.err).toContain('no command given');
  });
});
