/**
 * The import report as plain text, in English or Japanese: what "Copy report" puts on
 * the clipboard and what the CLI prints on stderr. A summary line, then what was
 * drawn, what became part of other nodes, what is not drawn (by type, with counts),
 * the unknown values, and the notes on each decision the builder took.
 */
import { getKind } from '../kinds/catalogue';
import type { SourceFormat, SourcePosition } from './model';
import type { ImportReport, ReportEntry } from './report';
import { pushTo } from './build/multimap';

type Lang = 'en' | 'ja';

const FORMAT_NAMES: Record<SourceFormat, Record<Lang, string>> = {
  cloudformation: { en: 'CloudFormation', ja: 'CloudFormation' },
  'terraform-hcl': { en: 'Terraform (.tf)', ja: 'Terraform (.tf)' },
  'terraform-json': { en: 'Terraform (plan or state JSON)', ja: 'Terraform (plan/state の JSON)' },
};

const WORDS = {
  en: {
    title: (format: string) => `Import report (${format})`,
    summary: (n: number, nodes: number, parts: number, none: number, unknown: number) =>
      `${n} resources: ${nodes} drawn as nodes, ${parts} folded into others, ${none} not drawn; ${unknown} unknown values`,
    drawn: 'Drawn',
    partOf: 'Part of other nodes',
    notDrawn: 'Not drawn (by type, with counts)',
    unknowns: 'Unknown values',
    notes: 'Notes',
    none: '(none)',
    node: (id: string) => `node ${id}`,
    at: (p: SourcePosition) => `line ${p.line}`,
    template: 'template',
  },
  ja: {
    title: (format: string) => `インポートレポート (${format})`,
    summary: (n: number, nodes: number, parts: number, none: number, unknown: number) =>
      `リソース ${n} 件: ノードとして描画 ${nodes} 件、他のノードの一部 ${parts} 件、描画しない ${none} 件。不明な値 ${unknown} 件`,
    drawn: '描画したもの',
    partOf: '他のノードの一部になったもの',
    notDrawn: '描画しないもの (種類別の件数)',
    unknowns: '不明な値',
    notes: '注記',
    none: '(なし)',
    node: (id: string) => `ノード ${id}`,
    at: (p: SourcePosition) => `${p.line} 行`,
    template: 'テンプレート',
  },
} as const;

/** `Web (AWS::EC2::Instance, line 12)`. */
function describeEntry(entry: ReportEntry, lang: Lang): string {
  const where = entry.at ? `, ${WORDS[lang].at(entry.at)}` : '';
  return `${entry.id} (${entry.sourceType}${where})`;
}

function section(title: string, lines: readonly string[], lang: Lang): string[] {
  return ['', title, ...(lines.length > 0 ? lines : [`  ${WORDS[lang].none}`])];
}

export function reportText(report: ImportReport, lang: Lang): string {
  const w = WORDS[lang];
  const drawn: string[] = [];
  const parts: string[] = [];
  let notDrawn = 0;
  for (const entry of report.entries) {
    const { outcome } = entry;
    if (outcome.as === 'node') {
      const kind = getKind(outcome.kind).name[lang];
      const renamed = outcome.node === entry.id ? '' : ` (${w.node(outcome.node)})`;
      drawn.push(`  ${describeEntry(entry, lang)} → ${kind}${renamed}`);
    } else if (outcome.as === 'part-of')
      parts.push(`  ${describeEntry(entry, lang)} → ${outcome.nodes.join(', ')}`);
    else notDrawn += 1;
  }

  const reasons = new Map<string, string>();
  for (const entry of report.entries)
    if (entry.outcome.as === 'not-drawn' && entry.outcome.reason)
      reasons.set(entry.id, entry.outcome.reason[lang]);
  const types = report.notDrawn.flatMap((type) => {
    const lines = [`  ${type.sourceType} ×${type.count}: ${type.ids.join(', ')}`];
    const byReason = new Map<string, string[]>();
    for (const id of type.ids) {
      const reason = reasons.get(id);
      if (reason !== undefined) pushTo(byReason, reason, id);
    }
    for (const [reason, ids] of byReason)
      lines.push(`    ${ids.length === type.count ? reason : `${ids.join(', ')}: ${reason}`}`);
    return lines;
  });

  const unknowns = report.unknowns.map((u) => {
    const where = u.at ? ` (${w.at(u.at)})` : '';
    return `  ${u.resource ?? w.template}, ${u.property}${where}: ${u.reason[lang]}`;
  });
  const notes = report.notes.map((n) => `  - ${n.text[lang]}`);

  return [
    w.title(FORMAT_NAMES[report.format][lang]),
    w.summary(report.entries.length, drawn.length, parts.length, notDrawn, report.unknowns.length),
    ...section(w.drawn, drawn, lang),
    ...section(w.partOf, parts, lang),
    ...section(w.notDrawn, types, lang),
    ...section(w.unknowns, unknowns, lang),
    ...section(w.notes, notes, lang),
  ].join('\n');
}
