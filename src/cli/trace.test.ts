import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from './io';
import { main, USAGE } from './main';
import { parseTraceArgs, traceCommand } from './trace';

const dir = mkdtempSync(join(tmpdir(), 'asp-trace-cli-'));

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/**
 * internet → ALB (public subnet, WAF with managed rules) → web-1 (private subnet); a
 * database in a third subnet. The ALB's group lets 443 in from `albSource`.
 */
function webDiagram(albSource = '0.0.0.0/0') {
  return {
    type: 'aws-security-playground',
    version: 1,
    nodes: [
      { id: 'internet', kind: 'internet' },
      { id: 'waf', kind: 'waf', props: { managedRules: true } },
      { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
      { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
      { id: 'app', kind: 'subnet', parent: 'vpc', props: { tier: 'private', cidr: '10.0.1.0/24' } },
      {
        id: 'data',
        kind: 'subnet',
        parent: 'vpc',
        props: { tier: 'private', cidr: '10.0.2.0/24' },
      },
      {
        id: 'sg-alb',
        kind: 'security-group',
        parent: 'pub',
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: albSource }] },
      },
      { id: 'alb', kind: 'alb', parent: 'sg-alb' },
      {
        id: 'sg-web',
        kind: 'security-group',
        parent: 'app',
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: 'sg-alb' }] },
      },
      { id: 'web-1', kind: 'ec2', parent: 'sg-web' },
      { id: 'db', kind: 'rds', parent: 'data' },
    ],
    edges: [
      { id: 'e1', source: 'internet', target: 'alb', kind: 'traffic' },
      { id: 'e2', source: 'alb', target: 'web-1', kind: 'traffic' },
      { id: 'e3', source: 'waf', target: 'alb', kind: 'protects' },
    ],
  };
}

const file = write('web.json', webDiagram());
const narrow = write('narrow.json', webDiagram('203.0.113.0/24'));

async function run(...args: string[]) {
  const io = bufferIo();
  const status = await traceCommand(args, io);
  return { status, ...io };
}

interface JsonHop {
  leg: number;
  node: string;
  check: string;
  phase: string;
  verdict: string;
  code: string;
  rule: number | '*' | null;
  message: string;
}
interface JsonAnswer {
  reachable: boolean;
  path: string[];
  hops: JsonHop[];
  blocked: { node: string; code: string } | null;
  threat?: {
    kind: string;
    outcome: string;
    stoppedBy: { node: string; code: string } | null;
    detectedBy: { node: string; code: string }[];
  };
}

async function json(...args: string[]) {
  const r = await run(...args, '--format', 'json');
  return { ...r, answer: JSON.parse(r.out) as JsonAnswer };
}

const HOP_FIELDS = ['check', 'code', 'leg', 'message', 'node', 'phase', 'rule', 'verdict'];

describe('trace --format json', () => {
  it('prints one object with exactly the fields of the spec', async () => {
    const { status, err, answer } = await json(file, '--from', 'internet', '--to', 'web-1');
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(Object.keys(answer).sort()).toEqual(['blocked', 'hops', 'path', 'reachable']);
    expect(answer.reachable).toBe(true);
    expect(answer.path).toEqual(['internet', 'alb', 'web-1']);
    expect(answer.blocked).toBeNull();
    expect(answer.hops.length).toBeGreaterThan(3);
    for (const hop of answer.hops) {
      expect(Object.keys(hop).sort()).toEqual(HOP_FIELDS);
      expect(typeof hop.message).toBe('string');
      expect(hop.message).not.toBe('');
    }
    expect(answer.hops).toContainEqual(
      expect.objectContaining({ node: 'sg-web', check: 'sg-inbound', verdict: 'allow', leg: 2 }),
    );
  });

  it('names the blocked hop of an unreachable answer', async () => {
    const { status, answer } = await json(file, '--from', 'internet', '--to', 'db', '--port=3306');
    expect(status).toBe(0);
    expect(answer.reachable).toBe(false);
    expect(answer.blocked).toEqual({ node: 'data', code: 'PRIVATE_SUBNET' });
    expect(answer.hops).toContainEqual(
      expect.objectContaining({ node: 'data', verdict: 'deny', code: 'PRIVATE_SUBNET' }),
    );
  });

  it('adds the threat, with exactly its fields, only when --threat is given', async () => {
    const { answer } = await json(file, '--from', 'internet', '--to', 'web-1', '--threat', 'sqli');
    expect(answer.threat).toEqual({
      kind: 'sqli',
      outcome: 'stopped',
      stoppedBy: { node: 'waf', code: 'WAF_MANAGED_RULES' },
      detectedBy: [],
    });
  });

  it('writes the messages in Japanese with --lang ja', async () => {
    const en = await json(file, '--from', 'internet', '--to', 'web-1');
    const ja = await json(file, '--from', 'internet', '--to', 'web-1', '--lang', 'ja');
    expect(ja.answer.hops.map((h) => h.code)).toEqual(en.answer.hops.map((h) => h.code));
    expect(ja.answer.hops.every((h) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(h.message))).toBe(true);
    expect(en.answer.hops.some((h) => /[\u3040-\u30ff]/.test(h.message))).toBe(false);
  });
});

describe('trace, text output', () => {
  it('prints the answer, the path and one numbered line per hop', async () => {
    const r = await run(file, '--from', 'internet', '--to', 'web-1');
    expect(r.status).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('internet → web-1, TCP 443: reachable');
    expect(lines[1]).toBe('path: internet → alb → web-1');
    // Two spaces, then the hop number right-aligned to the widest (" 1." … "13.").
    expect(lines[2]).toMatch(/^ {2,3}1\. request {2}/);
    expect(r.out).toMatch(
      /\n {1,2}\d+\. request +sg-inbound +sg-web +allow +SG_INBOUND_ALLOW +\d+ +\S/,
    );
  });

  it('explains the block, its source and the fix', async () => {
    const r = await run(narrow, '--from', 'internet', '--to', 'alb');
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[0]).toBe(
      'internet → alb, TCP 443: unreachable (blocked at sg-alb: SG_INBOUND_DENY)',
    );
    expect(r.out).toMatch(/\nwhy: A security group cannot deny/);
    expect(r.out).toContain(
      'source: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    );
    expect(r.out).toMatch(
      /\nfix: Add to Security group 'sg-alb' the inbound rule 2 \(TCP 443 from 0\.0\.0\.0\/0\)/,
    );
  });

  it('prints the threat outcome', async () => {
    const r = await run(file, '--from', 'internet', '--to', 'web-1', '--threat', 'sqli');
    expect(r.out).toMatch(/\nthreat sqli: stopped; stopped by waf \(WAF_MANAGED_RULES\)\n {2}\S/);
  });

  it('speaks Japanese with --lang ja', async () => {
    const r = await run(file, '--from', 'internet', '--to', 'db', '--port', '3306', '--lang', 'ja');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('internet → db（TCP 3306）: 到達不可（遮断箇所 data: PRIVATE_SUBNET）');
    expect(lines[1]).toBe('経路: internet → db');
    expect(r.out).toMatch(/\n {2}\d\. リクエスト {2}gateway/);
    expect(r.out).toMatch(/\n理由: .*プライベート/);
  });
});

describe('trace --expect and --from-cidr', () => {
  const web = ['--from', 'internet', '--to', 'web-1'];
  const db = ['--from', 'internet', '--to', 'db', '--port', '3306'];

  it.each([
    ['reachable', web, 0],
    ['unreachable', web, 1],
    ['unreachable', db, 0],
    ['reachable', db, 1],
  ] as const)('--expect %s on %j exits %i', async (expectation, question, status) => {
    const r = await run(file, ...question, '--expect', expectation);
    expect(r.status).toBe(status);
    expect(r.out).not.toBe('');
    if (status === 1) expect(r.err).toBe(`expected ${expectation}, but the answer differs\n`);
    else expect(r.err).toBe('');
  });

  it('--expect stopped: 0 when the threat is stopped, 1 when it is not', async () => {
    expect((await run(file, ...web, '--threat', 'sqli', '--expect', 'stopped')).status).toBe(0);
    // No IPS and no Network Firewall: an exploit on an allowed port goes through.
    const exploit = await run(file, ...web, '--threat', 'exploit', '--expect', 'stopped');
    expect(exploit.status).toBe(1);
    expect(exploit.out).toContain('threat exploit: not stopped');
    // Blocked before the database: blocked-before is not "stopped".
    const blocked = await run(file, ...db, '--threat', 'sqli', '--expect', 'stopped');
    expect(blocked.status).toBe(1);
  });

  it('--from-cidr narrows the internet source to a range the rules can name', async () => {
    const q = ['--from', 'internet', '--to', 'alb'];
    expect((await run(narrow, ...q, '--expect', 'unreachable')).status).toBe(0);
    const inside = await json(narrow, ...q, '--from-cidr', '203.0.113.7/32');
    expect(inside.answer.reachable).toBe(true);
    const outside = await json(narrow, ...q, '--from-cidr', '198.51.100.7/32');
    expect(outside.answer.blocked).toEqual({ node: 'sg-alb', code: 'SG_INBOUND_DENY' });
  });
});

describe('trace: bad file or question', () => {
  it.each([
    [['--from', 'internet', '--to', 'ghost'], 'ghost'],
    [['--from', 'nobody', '--to', 'web-1'], 'nobody'],
    [['--from', 'internet', '--to', 'web-1', '--from-cidr', 'not-a-cidr'], 'not-a-cidr'],
  ])('exits 2 for an unknown id or a bad CIDR: %j', async (question, named) => {
    const r = await run(file, ...question);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(named);
  });

  it.each([
    [['--to', 'web-1'], '--from is missing'],
    [['--from', 'internet'], '--to is missing'],
    [
      ['--from', 'internet', '--to', 'web-1', '--port', '70000'],
      "--port must be a whole number from 0 to 65535, not '70000'",
    ],
    [['--from', 'internet', '--to', 'web-1', '--port', 'https'], "not 'https'"],
    [
      ['--from', 'internet', '--to', 'web-1', '--protocol', 'sctp'],
      '--protocol must be tcp, udp, icmp or all',
    ],
    [['--from', 'internet', '--to', 'web-1', '--threat', 'ddos'], '--threat must be'],
    [['--from', 'internet', '--to', 'web-1', '--mode', 'guess'], '--mode must be network or drawn'],
    [
      ['--from', 'internet', '--to', 'web-1', '--expect', 'maybe'],
      '--expect must be reachable, unreachable or stopped',
    ],
    [
      ['--from', 'internet', '--to', 'web-1', '--expect', 'stopped'],
      '--expect stopped needs --threat',
    ],
    [['--from', 'internet', '--to', 'web-1', '--verbose'], 'unknown option --verbose'],
    [['--from', 'internet', '--to', 'web-1', '--port'], '--port needs a value'],
  ])('exits 2 with the reason and the usage for %j', async (args, reason) => {
    const r = await run(file, ...args);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(reason);
    expect(r.err).toContain('usage: trace FILE');
  });

  it('exits 2 for a missing file and an invalid document', async () => {
    const missing = await run(join(dir, 'nope.json'), '--from', 'internet', '--to', 'x');
    expect(missing).toMatchObject({ status: 2, out: '' });
    expect(missing.err).toContain('cannot read the file');
    const invalid = write('invalid.json', {
      type: 'aws-security-playground',
      version: 1,
      nodes: [{ id: 'a', kind: 'mainframe' }],
      edges: [],
    });
    const refused = await run(invalid, '--from', 'internet', '--to', 'a');
    expect(refused).toMatchObject({ status: 2, out: '' });
    expect(refused.err).toContain('nodes[0].kind');
  });
});

describe('parseTraceArgs and main', () => {
  it('fills the defaults of the spec', () => {
    expect(parseTraceArgs(['f.json', '--from', 'internet', '--to', 'db'])).toEqual({
      file: 'f.json',
      question: {
        from: 'internet',
        to: 'db',
        port: 443,
        protocol: 'tcp',
        threat: 'none',
        mode: 'network',
      },
      format: 'text',
      lang: 'en',
    });
  });

  it('is a command of the CLI, listed in the usage', async () => {
    expect(USAGE).toContain('trace FILE --from ID|internet --to ID');
    const io = bufferIo();
    expect(
      await main(
        ['trace', file, '--from', 'internet', '--to', 'web-1', '--expect', 'unreachable'],
        io,
      ),
    ).toBe(1);
    expect(io.out).toContain(': reachable');
  });
});
