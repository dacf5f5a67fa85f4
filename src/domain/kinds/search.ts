/**
 * Palette search over the kind catalogue, in English and Japanese.
 *
 * Query and haystack are folded the same way, so that the spelling a learner types
 * does not matter: NFKC (full-width Ｇ and half-width ｶﾞｰﾄﾞ become G and ガード),
 * lower case, hiragana as katakana (がーど = ガード), and separators, spaces and
 * long-vowel marks dropped (security group = security-group, ガードデューティー =
 * ガードデューティ).
 */
import { KINDS } from './catalogue';
import type { KindDef } from './types';

/** Katakana sits exactly 0x60 code points above hiragana (ぁ–ゖ → ァ–ヶ). */
const HIRAGANA_TO_KATAKANA = 0x60;

/** Spaces, separators, middle dots and long-vowel or dash marks: ignored when matching. */
const IGNORED = /[\s\-_./・·ー‐‑‒–—―−]/gu;

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + HIRAGANA_TO_KATAKANA))
    .replace(IGNORED, '');
}

interface SearchEntry {
  kind: KindDef;
  /** Folded id and names: a match here ranks before a keyword match. */
  primary: readonly string[];
  keywords: readonly string[];
}

const ENTRIES: readonly SearchEntry[] = KINDS.map((kind) => ({
  kind,
  primary: [kind.id, kind.name.en, kind.name.ja].map(foldForSearch),
  keywords: (kind.keywords ?? []).map(foldForSearch),
}));

/** Lower is better; null when the entry does not match at all. */
function rank(entry: SearchEntry, query: string): number | null {
  if (entry.primary.some((t) => t === query)) return 0;
  if (entry.primary.some((t) => t.startsWith(query))) return 1;
  if (entry.keywords.some((t) => t === query || t.startsWith(query))) return 2;
  if (entry.primary.some((t) => t.includes(query))) return 3;
  if (entry.keywords.some((t) => t.includes(query))) return 4;
  return null;
}

/**
 * Kinds whose id, English or Japanese name or keywords contain `query`, best matches
 * first (exact, then prefix, then anywhere), palette order within a rank. An empty
 * query returns every kind in palette order.
 */
export function searchKinds(query: string): KindDef[] {
  const folded = foldForSearch(query);
  if (folded === '') return [...KINDS];
  const hits: { kind: KindDef; rank: number; order: number }[] = [];
  ENTRIES.forEach((entry, order) => {
    const r = rank(entry, folded);
    if (r !== null) hits.push({ kind: entry.kind, rank: r, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.map((h) => h.kind);
}
