/**
 * The import report of one build: one entry per resource of the model, the types not
 * drawn (most frequent first), the unknown values as the reader found them, and the
 * notes, each once.
 */
import type { InfraModel } from '../model';
import type { ImportReport, NotDrawnType, Outcome, ReportEntry } from '../report';
import type { BuildContext } from './context';
import { REASONS } from './texts';

export function assembleReport(ctx: BuildContext, model: InfraModel): ImportReport {
  const entries: ReportEntry[] = model.resources.map((r) => {
    const outcome: Outcome = ctx.outcomes.get(r.id) ?? { as: 'not-drawn', reason: REASONS.noKind };
    return {
      id: r.id,
      sourceType: r.sourceType,
      outcome,
      ...(r.at ? { at: { ...r.at } } : {}),
    };
  });

  const byType = new Map<string, NotDrawnType>();
  for (const e of entries) {
    if (e.outcome.as !== 'not-drawn') continue;
    const type = byType.get(e.sourceType);
    if (type) {
      type.count += 1;
      type.ids.push(e.id);
    } else byType.set(e.sourceType, { sourceType: e.sourceType, count: 1, ids: [e.id] });
  }
  const notDrawn = [...byType.values()].sort(
    (a, b) =>
      b.count - a.count || (a.sourceType < b.sourceType ? -1 : a.sourceType > b.sourceType ? 1 : 0),
  );

  const seen = new Set<string>();
  const notes = ctx.notes.filter((n) => {
    const key = `${n.resource ?? ''}\u0000${n.text.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  return {
    format: model.format,
    entries,
    notDrawn,
    unknowns: model.unknowns.map((u) => ({ ...u })),
    notes,
  };
}
