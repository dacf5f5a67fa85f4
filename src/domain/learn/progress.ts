/**
 * A learner's progress: the challenges solved (with the hints used then),
 * the most hints used per challenge, and the rules whose findings they have met. Kept
 * in the browser as JSON; what comes back from storage is untrusted (another version,
 * another app on the same origin, a hand edit), so it is read field by field and
 * anything that does not fit is left out: a damaged value never stops the app. The
 * updates return the same object when nothing changes, so nothing is written then.
 */
import { isRecord, own } from '../document/read';

export interface SolvedChallenge {
  /** Hints used when the challenge was solved. */
  hints: number;
  /** When it was solved, as an ISO time. */
  at: string;
}

export interface Progress {
  solved: Readonly<Record<string, SolvedChallenge>>;
  hintsUsed: Readonly<Record<string, number>>;
  /** Rule ids, in the order the learner met them. */
  rulesMet: readonly string[];
}

export const EMPTY_PROGRESS: Progress = { solved: {}, hintsUsed: {}, rulesMet: [] };

/** Longer ids are no preset's or rule's: a sign of a foreign value. */
const MAX_ID_LENGTH = 128;
/** Bounds what a damaged or hostile value can make the app hold. */
const MAX_ENTRIES = 2000;

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v !== '' && v.length <= MAX_ID_LENGTH;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Own entries whose value `read` accepts; built with `fromEntries`, so `__proto__` stays a key. */
function readMap<T>(value: unknown, read: (v: unknown) => T | undefined): Record<string, T> {
  if (!isRecord(value)) return {};
  const entries: [string, T][] = [];
  for (const key of Object.keys(value).slice(0, MAX_ENTRIES)) {
    const entry = read(own(value, key));
    if (isId(key) && entry !== undefined) entries.push([key, entry]);
  }
  return Object.fromEntries(entries);
}

function readSolved(value: unknown): SolvedChallenge | undefined {
  if (!isRecord(value)) return undefined;
  const hints = own(value, 'hints');
  const at = own(value, 'at');
  if (!isCount(hints) || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  return { hints, at };
}

/** The stored text as progress; empty progress for anything missing, corrupt or foreign. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (!isRecord(value)) return EMPTY_PROGRESS;
  const rules = own(value, 'rulesMet');
  return {
    solved: readMap(own(value, 'solved'), readSolved),
    hintsUsed: readMap(own(value, 'hintsUsed'), (v) => (isCount(v) ? v : undefined)),
    rulesMet: Array.isArray(rules) ? [...new Set(rules.filter(isId))].slice(0, MAX_ENTRIES) : [],
  };
}

export function serializeProgress(p: Progress): string {
  return JSON.stringify({ solved: p.solved, hintsUsed: p.hintsUsed, rulesMet: p.rulesMet });
}

export function solvedOf(p: Progress, presetId: string): SolvedChallenge | undefined {
  return own(p.solved, presetId) as SolvedChallenge | undefined;
}

export function hintsUsedOf(p: Progress, presetId: string): number {
  return (own(p.hintsUsed, presetId) as number | undefined) ?? 0;
}

/** A copy of `record` with `key` set (as an own key, also `__proto__`). */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T) {
  return Object.fromEntries([...Object.entries(record), [key, value]]) as Record<string, T>;
}

/**
 * The challenge is solved with `hints` hints. The best solve is kept: solving it again
 * with fewer hints replaces it, with as many or more changes nothing.
 */
export function withSolved(p: Progress, presetId: string, hints: number, at: Date): Progress {
  if (!isId(presetId) || !isCount(hints)) return p;
  const before = solvedOf(p, presetId);
  if (before && before.hints <= hints) return p;
  return { ...p, solved: withEntry(p.solved, presetId, { hints, at: at.toISOString() }) };
}

/** `count` hints are in use in the challenge: kept when it is the most seen. */
export function withHints(p: Progress, presetId: string, count: number): Progress {
  if (!isId(presetId) || !isCount(count) || count <= hintsUsedOf(p, presetId)) return p;
  return { ...p, hintsUsed: withEntry(p.hintsUsed, presetId, count) };
}

/** The learner met findings of these rules; new ids are added after the known ones. */
export function withRules(p: Progress, ruleIds: Iterable<string>): Progress {
  const known = new Set(p.rulesMet);
  const fresh = [...new Set(ruleIds)].filter((id) => isId(id) && !known.has(id));
  if (fresh.length === 0 || known.size >= MAX_ENTRIES) return p;
  return { ...p, rulesMet: [...p.rulesMet, ...fresh].slice(0, MAX_ENTRIES) };
}
