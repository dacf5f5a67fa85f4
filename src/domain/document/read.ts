/**
 * Small readers of untrusted JSON values used by the import steps. They only read own
 * fields (never inherited ones such as `constructor`) and build fresh objects with
 * known keys, so a hostile `__proto__` key is never copied anywhere.
 */
import type { Point, Size } from './types';
import type { IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { MAX_TEXT_LENGTH } from './limits';

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own field; undefined for a missing or inherited one. */
export function own(record: JsonRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Absent or null: JSON writers use both for "not set". */
export function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Reports each own field of `record` that is not in `known` as dropped. */
export function reportUnknownFields(
  record: JsonRecord,
  known: ReadonlySet<string>,
  path: string,
  report: IssueSink,
): void {
  for (const key of Object.keys(record)) {
    if (!known.has(key)) report(makeIssue('unknown-field', at(path, key), key));
  }
}

/** Plain text (labels, titles, reasons): non-text is dropped, long text is cut. */
export function readText(value: unknown, path: string, report: IssueSink): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    report(makeIssue('not-text', path, value));
    return undefined;
  }
  return capText(value, path, report);
}

export function capText(value: string, path: string, report: IssueSink): string {
  if (value.length <= MAX_TEXT_LENGTH) return value;
  report(makeIssue('text-too-long', path, value.length));
  return cutText(value, MAX_TEXT_LENGTH);
}

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  const last = value.charCodeAt(max - 1);
  return value.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

const POINT_FIELDS = new Set(['x', 'y']);
const SIZE_FIELDS = new Set(['width', 'height']);

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readPoint(value: unknown, path: string, report: IssueSink): Point | undefined {
  if (isAbsent(value)) return undefined;
  if (isRecord(value)) {
    const x = own(value, 'x');
    const y = own(value, 'y');
    if (isFiniteNumber(x) && isFiniteNumber(y)) {
      reportUnknownFields(value, POINT_FIELDS, path, report);
      // -0 (a file may write it) would come back from export as 0: one place, one value.
      return { x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
    }
  }
  report(makeIssue('position-invalid', path, value));
  return undefined;
}

export function readSize(value: unknown, path: string, report: IssueSink): Size | undefined {
  if (isAbsent(value)) return undefined;
  if (isRecord(value)) {
    const width = own(value, 'width');
    const height = own(value, 'height');
    if (isFiniteNumber(width) && isFiniteNumber(height) && width > 0 && height > 0) {
      reportUnknownFields(value, SIZE_FIELDS, path, report);
      return { width, height };
    }
  }
  report(makeIssue('size-invalid', path, value));
  return undefined;
}
