/** Readable, unique ids for renamed duplicates (import) and new elements (commands). */
import { MAX_ID_LENGTH } from './limits';
import { cutText } from './read';

/** `base-2`, `base-3`, … : the first not in `taken`, at most MAX_ID_LENGTH long. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = cutText(base, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * `prefix-N` with N one more than the highest N in use with that prefix (`ec2-1`,
 * `ec2-2`, …): numbers grow in drawing order, which keeps ids easy to follow.
 */
export function nextNumberedId(prefix: string, taken: Iterable<string>): string {
  const head = `${prefix}-`;
  let highest = 0;
  for (const id of taken) {
    if (!id.startsWith(head)) continue;
    const rest = id.slice(head.length);
    if (/^[1-9]\d{0,8}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${head}${highest + 1}`;
}
