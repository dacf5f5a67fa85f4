/**
 * Problems found while importing a file: refusals (errors) and repairs (warnings).
 * Each names the JSON path (`nodes[3].parent`, `$` for the whole file), a stable code
 * for tests and tools, and a message in English and Japanese built by importMessages.ts.
 */
import type { Localized } from './types';
import { IMPORT_MESSAGES } from './importMessages';

export interface ImportIssue {
  /** JSON path such as `nodes[3].parent`; `$` for the whole file. */
  path: string;
  /** Stable code, e.g. `parent-missing` (see IMPORT_MESSAGES). */
  code: string;
  /** What is wrong, where, and (for a repair) what the app did; starts with the path. */
  message: Localized;
}

export type IssueCode = keyof typeof IMPORT_MESSAGES;
type ParamsOf<C extends IssueCode> = Parameters<(typeof IMPORT_MESSAGES)[C]>;

/** Where an import step reports repairs; commands that reuse a step pass `ignoreIssues`. */
export type IssueSink = (issue: ImportIssue) => void;
export const ignoreIssues: IssueSink = () => {};

export function makeIssue<C extends IssueCode>(
  code: C,
  path: string,
  ...params: ParamsOf<C>
): ImportIssue {
  const build = IMPORT_MESSAGES[code] as (...args: ParamsOf<C>) => Localized;
  const text = build(...params);
  const prefix = path === '$' ? '' : `${path}: `;
  return { path, code, message: { en: prefix + text.en, ja: prefix + text.ja } };
}

/** `nodes` + 3 → `nodes[3]`; `nodes[3]` + `parent` → `nodes[3].parent`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (path === '$') return key;
  return `${path}.${key}`;
}
