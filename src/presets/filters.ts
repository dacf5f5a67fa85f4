/** The gallery's filters: by exam tag, by mode and by service (kind). Pure. */
import type { PresetInfo } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';
import type { PresetEntry } from './catalog';

export interface PresetFilter {
  /** An exam tag ("SAA", "SCS", …), or null for any. */
  exam: string | null;
  mode: PresetInfo['mode'] | null;
  /** A kind the preset must contain, or null for any. */
  kind: KindId | null;
}

export const NO_FILTER: PresetFilter = { exam: null, mode: null, kind: null };

export function matchesFilter(entry: PresetEntry, filter: PresetFilter): boolean {
  return (
    (filter.exam === null || entry.preset.exam.includes(filter.exam)) &&
    (filter.mode === null || entry.preset.mode === filter.mode) &&
    (filter.kind === null || entry.kinds.includes(filter.kind))
  );
}

export interface PresetFacets {
  /** Every exam tag used, sorted. */
  exams: string[];
  /** Every kind used by some preset, in palette order. */
  kinds: KindId[];
}

/** The choices the filters offer: only values that match at least one preset. */
export function presetFacets(
  entries: readonly PresetEntry[],
  kindOrder: readonly KindId[],
): PresetFacets {
  const exams = new Set<string>();
  const kinds = new Set<KindId>();
  for (const e of entries) {
    e.preset.exam.forEach((x) => exams.add(x));
    e.kinds.forEach((k) => kinds.add(k));
  }
  return {
    exams: [...exams].sort(),
    kinds: kindOrder.filter((k) => kinds.has(k)),
  };
}
