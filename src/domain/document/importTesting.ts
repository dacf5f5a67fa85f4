/** Helpers for the import tests: small files and assertions on their issues. */
import { expect } from 'vitest';
import type { ImportIssue, ImportResult } from './import';
import { importDiagram } from './import';
import type { Diagram } from './types';

export function file(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'aws-security-playground', version: 1, nodes: [], edges: [], ...fields };
}

/** Imports `fields` as a JSON text, the way a file arrives. */
export function importFile(fields: Record<string, unknown>): ImportResult {
  return importDiagram(JSON.stringify(file(fields)));
}

export function errorsOf(result: ImportResult): ImportIssue[] {
  if (result.ok) throw new Error('expected the import to be refused');
  return result.errors;
}

export function accepted(result: ImportResult): {
  doc: Diagram;
  warnings: ImportIssue[];
  needsLayout: boolean;
} {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The one issue at `path`, checked for code and (when given) exact English text. */
export function issueAt(
  issues: ImportIssue[],
  path: string,
  code: string,
  en?: string,
): ImportIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found.map((i) => i.code)).toEqual([code]);
  const issue = found[0];
  if (en !== undefined) expect(issue.message.en).toBe(en);
  expect(issue.message.en.startsWith(path === '$' ? '' : `${path}: `)).toBe(true);
  expect(issue.message.ja.startsWith(path === '$' ? '' : `${path}: `)).toBe(true);
  expect(issue.message.ja).not.toBe(issue.message.en);
  return issue;
}
