/**
 * Upgrades of older files, in order: each step turns the raw JSON of version `from`
 * into the raw JSON of version `to`. Append-only: a released step is never changed,
 * because files of that version are out there. Version 1 is the first format, so the
 * list is empty until version 2 exists; the mechanism is tested with lists of its own.
 */
import { CURRENT_VERSION } from '../types';
import type { ImportIssue } from '../issues';
import { makeIssue } from '../issues';

export interface Migration {
  from: number;
  to: number;
  /** Returns the upgraded raw document; must not change its argument. */
  up(raw: unknown): unknown;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult = { ok: true; value: unknown } | { ok: false; issue: ImportIssue };

/**
 * Runs the steps from `fromVersion` up to `target`. Each step gets a copy, so the
 * caller's `raw` stays as it was even if a step were careless. Never throws.
 */
export function migrate(
  raw: unknown,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  let version = fromVersion;
  let value = raw;
  while (version < target) {
    const step = migrations.find((m) => m.from === version && m.to > version);
    if (!step) {
      return { ok: false, issue: makeIssue('no-migration', 'version', fromVersion, target) };
    }
    try {
      value = step.up(structuredClone(value));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        issue: makeIssue('migration-failed', 'version', step.from, step.to, reason),
      };
    }
    version = step.to;
  }
  return { ok: true, value };
}
