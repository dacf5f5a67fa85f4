/**
 * `trace FILE --from ID|internet --to ID [--port N] [--protocol P] [--from-cidr CIDR]
 * [--threat T] [--mode network|drawn] [--expect reachable|unreachable|stopped]
 * [--format text|json] [--lang en|ja]` (docs/spec/trace.md "Command line"): the
 * browser's traffic trace in Node, so CI can assert that a database stays unreachable
 * from the internet or that a WAF stops an SQL injection.
 *
 * Exit status: 2 when the file cannot be read or the question is wrong (an unknown id,
 * a bad port, a bad flag), with the reason on stderr and nothing on stdout; with
 * `--expect`, 1 when the answer differs from it; otherwise 0.
 */
import type { Diagram } from '../domain/document/types';
import { traceCodeInfo } from '../domain/trace/codes';
import { fixForTrace } from '../domain/trace/fixes';
import type {
  ThreatKind,
  TraceMode,
  TraceExpectation,
  TraceProtocol,
  TraceQuestion,
  TraceResult,
} from '../domain/trace';
import {
  meetsExpectation,
  THREAT_KINDS,
  TRACE_EXPECTATIONS,
  trace,
  TRACE_MODES,
  TRACE_PROTOCOLS,
  TraceQuestionError,
} from '../domain/trace';
import type { Format, Lang, Options } from './args';
import { choiceOption, FORMATS, LANGS, parseOptions, UsageError, usageErrorAsText } from './args';
import type { CliIo } from './io';
import { processIo } from './io';
import { openDocument } from './load';

export const TRACE_USAGE = [
  'usage: trace FILE --from ID|internet --to ID [--port N] [--protocol tcp|udp|icmp|all]',
  '             [--from-cidr CIDR] [--threat none|sqli|http-flood|syn-flood|exploit]',
  '             [--mode network|drawn] [--expect reachable|unreachable|stopped]',
  '             [--format text|json] [--lang en|ja]',
].join('\n');

const FLAGS = [
  '--from',
  '--to',
  '--port',
  '--protocol',
  '--from-cidr',
  '--threat',
  '--mode',
  '--expect',
  '--format',
  '--lang',
];

export interface TraceArgs {
  file: string;
  question: TraceQuestion;
  expect?: TraceExpectation;
  format: Format;
  lang: Lang;
}

/** 0–65535, written as a plain whole number. */
function readPort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text.trim())) return undefined;
  const port = Number(text);
  return port <= 65535 ? port : undefined;
}

function required(options: Options, flag: string): string {
  const value = options.values.get(flag)?.trim();
  if (!value) throw new UsageError(`${flag} is missing`);
  return value;
}

function portOption(options: Options): number {
  const text = options.values.get('--port');
  if (text === undefined) return 443;
  const port = readPort(text);
  if (port === undefined) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not '${text}'`);
  }
  return port;
}

function readTraceArgs(options: Options): TraceArgs {
  const threat = choiceOption<ThreatKind>(options, '--threat', THREAT_KINDS, 'none');
  const expect = choiceOption<TraceExpectation | 'none'>(
    options,
    '--expect',
    TRACE_EXPECTATIONS,
    'none',
  );
  if (expect === 'stopped' && threat === 'none') {
    throw new UsageError('--expect stopped needs --threat');
  }
  const fromCidr = options.values.get('--from-cidr')?.trim();
  return {
    file: options.file,
    question: {
      from: required(options, '--from'),
      to: required(options, '--to'),
      port: portOption(options),
      protocol: choiceOption<TraceProtocol>(options, '--protocol', TRACE_PROTOCOLS, 'tcp'),
      threat,
      mode: choiceOption<TraceMode>(options, '--mode', TRACE_MODES, 'network'),
      ...(fromCidr ? { fromCidr } : {}),
    },
    ...(expect === 'none' ? {} : { expect }),
    format: choiceOption(options, '--format', FORMATS, 'text'),
    lang: choiceOption(options, '--lang', LANGS, 'en'),
  };
}

/** The parsed arguments, or what is wrong with them. `--port=22` works too. */
export function parseTraceArgs(args: readonly string[]): TraceArgs | string {
  const options = parseOptions(args, FLAGS);
  if (typeof options === 'string') return options;
  return usageErrorAsText(() => readTraceArgs(options));
}

/** Does the answer match `--expect`? */
/** Exactly the object of trace.md "Command line", messages in `lang`. */
export function traceJson(result: TraceResult, lang: Lang): string {
  const report = {
    reachable: result.reachable,
    path: [...result.path],
    hops: result.hops.map((h) => ({
      leg: h.leg,
      node: h.node,
      check: h.check,
      phase: h.phase,
      verdict: h.verdict,
      code: h.code,
      rule: h.rule,
      message: h.message[lang],
    })),
    blocked: result.blocked && { node: result.blocked.node, code: result.blocked.code },
    ...(result.threat
      ? {
          threat: {
            kind: result.threat.kind,
            outcome: result.threat.outcome,
            stoppedBy: result.threat.stoppedBy && { ...result.threat.stoppedBy },
            detectedBy: result.threat.detectedBy.map((d) => ({ ...d })),
          },
        }
      : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

const TEXTS = {
  reachable: { en: 'reachable', ja: '到達可能' },
  unreachable: { en: 'unreachable', ja: '到達不可' },
  blockedAt: { en: 'blocked at', ja: '遮断箇所' },
  path: { en: 'path', ja: '経路' },
  why: { en: 'why', ja: '理由' },
  fix: { en: 'fix', ja: '対処' },
  source: { en: 'source', ja: '出典' },
  threat: { en: 'threat', ja: '脅威' },
  notAsExpected: {
    en: (expect: TraceExpectation) => `expected ${expect}, but the answer differs`,
    ja: (expect: TraceExpectation) => `期待した結果（${expect}）と異なります`,
  },
  stoppedBy: { en: 'stopped by', ja: '阻止' },
  detectedBy: { en: 'detected by', ja: '検知' },
  outcome: {
    stopped: { en: 'stopped', ja: '阻止される' },
    'not-stopped': { en: 'not stopped', ja: '阻止されない' },
    'blocked-before': { en: 'blocked before it arrives', ja: '届く前に遮断' },
  },
  phase: {
    request: { en: 'request', ja: 'リクエスト' },
    response: { en: 'response', ja: '応答' },
  },
  verdict: {
    allow: { en: 'allow', ja: '許可' },
    deny: { en: 'deny', ja: '拒否' },
    inspect: { en: 'inspect', ja: '検査' },
  },
} as const;

/** `internet → db-1, TCP 3306: unreachable` / `internet → db-1（TCP 3306）: 到達不可`. */
function headerLine(result: TraceResult, lang: Lang): string {
  const q = result.question;
  const traffic =
    q.protocol === 'icmp' || q.protocol === 'all'
      ? q.protocol.toUpperCase()
      : `${q.protocol.toUpperCase()} ${q.port}`;
  const answer = TEXTS[result.reachable ? 'reachable' : 'unreachable'][lang];
  const blocked = result.blocked
    ? lang === 'en'
      ? ` (${TEXTS.blockedAt.en} ${result.blocked.node}: ${result.blocked.code})`
      : `（${TEXTS.blockedAt.ja} ${result.blocked.node}: ${result.blocked.code}）`
    : '';
  const from = q.fromCidr ? `${q.from} ${q.fromCidr}` : q.from;
  const what = lang === 'en' ? `${from} → ${q.to}, ${traffic}` : `${from} → ${q.to}（${traffic}）`;
  return `${what}: ${answer}${blocked}`;
}

function columnWidth(values: readonly string[]): number {
  return Math.max(0, ...values.map((v) => v.length));
}

/** One numbered line per hop: phase, layer, node, verdict, code, rule, message. */
function hopLines(result: TraceResult, lang: Lang): string[] {
  const rows = result.hops.map((h) => [
    TEXTS.phase[h.phase][lang],
    h.check,
    h.node,
    TEXTS.verdict[h.verdict][lang],
    h.code,
    h.rule === null ? '-' : String(h.rule),
  ]);
  const widths = [0, 1, 2, 3, 4, 5].map((c) => columnWidth(rows.map((r) => r[c])));
  const numberWidth = String(rows.length).length;
  return rows.map((cells, i) => {
    const padded = cells.map((cell, c) => cell.padEnd(widths[c])).join('  ');
    return `  ${String(i + 1).padStart(numberWidth)}. ${padded}  ${result.hops[i].message[lang]}`;
  });
}

function threatLines(result: TraceResult, lang: Lang): string[] {
  const t = result.threat;
  if (!t) return [];
  const parts = [`${TEXTS.threat[lang]} ${t.kind}: ${TEXTS.outcome[t.outcome][lang]}`];
  if (t.stoppedBy) {
    parts.push(`${TEXTS.stoppedBy[lang]} ${t.stoppedBy.node} (${t.stoppedBy.code})`);
  }
  if (t.detectedBy.length > 0) {
    const who = t.detectedBy.map((d) => `${d.node} (${d.code})`).join(', ');
    parts.push(`${TEXTS.detectedBy[lang]} ${who}`);
  }
  return [parts.join('; '), `  ${t.message[lang]}`];
}

/** What the blocking code means, and the Fix the panel would offer. */
function blockLines(doc: Diagram, result: TraceResult, lang: Lang): string[] {
  if (!result.blocked) return [];
  const info = traceCodeInfo(result.blocked.code);
  const lines = [
    `${TEXTS.why[lang]}: ${info.explanation[lang]}`,
    `  ${TEXTS.source[lang]}: ${info.source}`,
  ];
  const fix = fixForTrace(doc, result);
  if (fix) lines.push(`${TEXTS.fix[lang]}: ${fix.label[lang]}`);
  return lines;
}

/** A readable answer: header, path, hops, the block explained, the threat's outcome. */
export function traceText(doc: Diagram, result: TraceResult, lang: Lang): string {
  const lines = [headerLine(result, lang)];
  if (result.path.length > 0) lines.push(`${TEXTS.path[lang]}: ${result.path.join(' → ')}`);
  lines.push(...hopLines(result, lang), ...blockLines(doc, result, lang));
  lines.push(...threatLines(result, lang));
  return `${lines.join('\n')}\n`;
}

export async function traceCommand(
  args: readonly string[],
  io: CliIo = processIo,
): Promise<number> {
  const opened = await openDocument(parseTraceArgs(args), TRACE_USAGE, io);
  if (!opened) return 2;
  const { args: parsed, doc } = opened;
  let result: TraceResult;
  try {
    result = trace(doc, parsed.question);
  } catch (err) {
    if (!(err instanceof TraceQuestionError)) throw err;
    io.stderr(`${parsed.file}: error: --${flagOf(err.field)}: ${err.text[parsed.lang]}\n`);
    return 2;
  }
  io.stdout(
    parsed.format === 'json' ? traceJson(result, parsed.lang) : traceText(doc, result, parsed.lang),
  );
  if (parsed.expect === undefined || meetsExpectation(result, parsed.expect)) return 0;
  io.stderr(`${TEXTS.notAsExpected[parsed.lang](parsed.expect)}\n`);
  return 1;
}

/** The command-line flag of a question field (`fromCidr` → `from-cidr`). */
function flagOf(field: keyof TraceQuestion): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
