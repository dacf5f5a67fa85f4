/**
 * `validate FILE [--format text|json] [--lang en|ja]`: the browser's validator in Node,
 * for CI (format.md "Command-line interface").
 *
 * Exit status: 0 when no counted finding is an error, 1 when one is, 2 when the file
 * cannot be read or is not a valid document (each reason with its JSON path on stderr,
 * nothing on stdout) or when the arguments are wrong (usage on stderr).
 *
 * Findings the document accepts (`accepted`: rule + first node + reason) are not
 * counted: text output lists them apart, JSON output in an extra top-level `accepted`
 * array (an optional addition to the format's `{ "findings": [...] }`).
 */
import type { Diagram, Localized } from '../domain/document/types';
import type { ValidationResult } from '../domain/rules/engine';
import { runRules, summarize } from '../domain/rules/engine';
import type { Finding, Severity } from '../domain/rules/types';
import { SEVERITIES } from '../domain/rules/types';
import type { Format, Lang } from './args';
import { choiceOption, FORMATS, LANGS, parseOptions, usageErrorAsText } from './args';
import type { CliIo } from './io';
import { processIo } from './io';
import { openDocument, reasonOf } from './load';

export { formatImportErrors } from './load';

export type { Format, Lang } from './args';

export const VALIDATE_USAGE = 'usage: validate FILE [--format text|json] [--lang en|ja]';

export interface ValidateArgs {
  file: string;
  format: Format;
  lang: Lang;
}

/** The parsed arguments, or what is wrong with them. `--format=json` works too. */
export function parseValidateArgs(args: readonly string[]): ValidateArgs | string {
  const options = parseOptions(args, ['--format', '--lang']);
  if (typeof options === 'string') return options;
  return usageErrorAsText(() => ({
    file: options.file,
    format: choiceOption(options, '--format', FORMATS, 'text'),
    lang: choiceOption(options, '--lang', LANGS, 'en'),
  }));
}

/** 1 when a counted finding is an error, else 0. */
export function exitStatusOf(result: ValidationResult): 0 | 1 {
  return summarize(result.findings).error > 0 ? 1 : 0;
}

interface JsonFinding {
  rule: string;
  severity: Severity;
  nodes: string[];
  message: string;
  fix: string;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    nodes: [...f.nodes],
    message: f.message.en,
    fix: f.fix?.en ?? '',
  };
}

/** The user's reason for accepting a finding (doc.accepted matches rule + first node). */
function acceptedReason(doc: Diagram, f: Finding): string {
  return doc.accepted?.find((a) => a.rule === f.rule && a.node === f.nodes[0])?.reason ?? '';
}

/** Exactly one JSON object, English texts: `{ findings: [...], accepted: [...] }`. */
export function formatJson(doc: Diagram, result: ValidationResult): string {
  const report = {
    findings: result.findings.map(jsonFinding),
    accepted: result.accepted.map((f) => ({ ...jsonFinding(f), reason: acceptedReason(doc, f) })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

const TEXTS = {
  heading: {
    error: { en: 'Errors', ja: 'エラー' },
    warning: { en: 'Warnings', ja: '警告' },
    info: { en: 'Info', ja: '情報' },
  } satisfies Record<Severity, Localized>,
  accepted: { en: 'Accepted, not counted', ja: '承認済み・集計外' },
  fix: { en: 'fix', ja: '対処' },
  reason: { en: 'reason', ja: '理由' },
  none: { en: 'No findings.', ja: '指摘はありません。' },
  summary: {
    en: (c: Record<Severity, number>, accepted: number) =>
      `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info` +
      (accepted > 0 ? ` (${accepted} accepted)` : ''),
    ja: (c: Record<Severity, number>, accepted: number) =>
      `エラー ${c.error} 件、警告 ${c.warning} 件、情報 ${c.info} 件` +
      (accepted > 0 ? `（承認済み ${accepted} 件）` : ''),
  },
} as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `error    WAF-01   waf-1, nlb-1   message`, then the fix on its own indented line. */
function findingLines(f: Finding, lang: Lang, ruleWidth: number, extra?: string): string[] {
  const head = `  ${f.severity.padEnd(7)}  ${f.rule.padEnd(ruleWidth)}  ${f.nodes.join(', ')}  ${f.message[lang]}`;
  const indent = ' '.repeat(2 + 7 + 2 + ruleWidth + 2);
  const lines = [head];
  if (f.fix) lines.push(`${indent}${TEXTS.fix[lang]}: ${f.fix[lang]}`);
  if (extra) lines.push(`${indent}${extra}`);
  return lines;
}

/**
 * Readable report: findings grouped by severity (most severe first) with a count per
 * group, accepted findings apart, and a summary line naming the file.
 */
export function formatText(
  doc: Diagram,
  result: ValidationResult,
  lang: Lang,
  file: string,
): string {
  const all = [...result.findings, ...result.accepted];
  const ruleWidth = Math.max(0, ...all.map((f) => f.rule.length));
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${TEXTS.heading[severity][lang]} (${group.length})`);
    for (const f of group) lines.push(...findingLines(f, lang, ruleWidth));
    lines.push('');
  }
  if (result.accepted.length > 0) {
    lines.push(`${TEXTS.accepted[lang]} (${result.accepted.length})`);
    for (const f of result.accepted) {
      const reason = acceptedReason(doc, f);
      lines.push(
        ...findingLines(
          f,
          lang,
          ruleWidth,
          reason ? `${TEXTS.reason[lang]}: ${reason}` : undefined,
        ),
      );
    }
    lines.push('');
  }
  if (result.findings.length === 0) lines.push(TEXTS.none[lang]);
  lines.push(`${file}: ${TEXTS.summary[lang](summarize(result.findings), result.accepted.length)}`);
  return `${lines.join('\n')}\n`;
}

export async function validateCommand(
  args: readonly string[],
  io: CliIo = processIo,
): Promise<number> {
  const opened = await openDocument(parseValidateArgs(args), VALIDATE_USAGE, io);
  if (!opened) return 2;
  const { args: parsed, doc } = opened;
  const result = runRules(doc, {
    onRuleError: (ruleId, error) =>
      io.stderr(`internal error in rule ${ruleId}: ${reasonOf(error)}\n`),
  });
  io.stdout(
    parsed.format === 'json'
      ? formatJson(doc, result)
      : formatText(doc, result, parsed.lang, parsed.file),
  );
  return exitStatusOf(result);
}
