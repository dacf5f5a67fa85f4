/**
 * The import report as the dialog shows it: the counts of its summary line and the
 * rows of its sections, in the template's order (the order a reader of the template
 * meets the resources).
 */
import type { KindId } from '../../domain/kinds/types';
import type { NotDrawnType, ImportReport } from '../../domain/importers/report';
import type { SourcePosition } from '../../domain/importers/model';

export interface ReportSummary {
  resources: number;
  nodes: number;
  folded: number;
  notDrawn: number;
  unknowns: number;
}

export interface DrawnRow {
  id: string;
  sourceType: string;
  node: string;
  kind: KindId;
  at?: SourcePosition;
}

export interface FoldedRow {
  id: string;
  sourceType: string;
  nodes: readonly string[];
  at?: SourcePosition;
}

export interface ReportView {
  summary: ReportSummary;
  drawn: DrawnRow[];
  folded: FoldedRow[];
  /** Most frequent type first. */
  notDrawn: NotDrawnType[];
}

export function reportView(report: ImportReport): ReportView {
  const drawn: DrawnRow[] = [];
  const folded: FoldedRow[] = [];
  let notDrawn = 0;
  for (const { id, sourceType, outcome, at } of report.entries) {
    const where = at ? { at } : {};
    if (outcome.as === 'node')
      drawn.push({ id, sourceType, node: outcome.node, kind: outcome.kind, ...where });
    else if (outcome.as === 'part-of')
      folded.push({ id, sourceType, nodes: outcome.nodes, ...where });
    else notDrawn++;
  }
  return {
    summary: {
      resources: report.entries.length,
      nodes: drawn.length,
      folded: folded.length,
      notDrawn,
      unknowns: report.unknowns.length,
    },
    drawn,
    folded,
    notDrawn: [...report.notDrawn].sort(
      (a, b) => b.count - a.count || a.sourceType.localeCompare(b.sourceType),
    ),
  };
}
