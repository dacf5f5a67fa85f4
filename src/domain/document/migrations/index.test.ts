import { describe, expect, it } from 'vitest';
import type { Migration } from './index';
import { MIGRATIONS, migrate } from './index';
import { CURRENT_VERSION } from '../types';
import { importDiagram } from '../import';

/** Test-only steps: v0 called nodes "boxes"; v1→v2→v3 rename a field twice. */
const renameBoxes: Migration = {
  from: 0,
  to: 1,
  up(raw) {
    const { boxes, ...rest } = raw as Record<string, unknown>;
    return { ...rest, version: 1, nodes: boxes };
  },
};
const steps: Migration[] = [
  { from: 1, to: 2, up: (raw) => ({ ...(raw as object), a: 'v2', version: 2 }) },
  { from: 2, to: 3, up: (raw) => ({ ...(raw as object), b: 'v3', version: 3 }) },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('migrate', () => {
  it('runs the steps in order up to the target', () => {
    const result = migrate({ version: 1 }, 1, steps, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, a: 'v2', b: 'v3' } });
  });

  it('returns the input untouched when it is already current', () => {
    const raw = { version: 3 };
    expect(migrate(raw, 3, steps, 3)).toEqual({ ok: true, value: raw });
  });

  it('never changes its input, even when a step mutates its argument', () => {
    const careless: Migration = {
      from: 1,
      to: 2,
      up(raw) {
        (raw as { nodes: unknown[] }).nodes.push('added');
        return raw;
      },
    };
    const raw = { version: 1, nodes: ['kept'] };
    const result = migrate(raw, 1, [careless], 2);
    expect(raw).toEqual({ version: 1, nodes: ['kept'] });
    expect(result).toEqual({ ok: true, value: { version: 1, nodes: ['kept', 'added'] } });
  });

  it('works on frozen input (pure steps need no copy of their own)', () => {
    const raw = deepFreeze({ version: 1, nested: { x: [1, 2] } });
    expect(migrate(raw, 1, steps, 3).ok).toBe(true);
  });

  it('refuses a version without an upgrade path', () => {
    const result = migrate({ version: 0 }, 0, steps, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.path).toBe('version');
      expect(result.issue.code).toBe('no-migration');
      expect(result.issue.message.en).toContain('version 0 cannot be upgraded');
    }
  });

  it('reports a step that throws instead of throwing', () => {
    const broken: Migration = {
      from: 1,
      to: 2,
      up() {
        throw new Error('boxes missing');
      },
    };
    const result = migrate({ version: 1 }, 1, [broken], 2);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('migration-failed');
      expect(result.issue.message.en).toBe(
        'version: upgrading the file from v1 to v2 failed: boxes missing.',
      );
    }
  });
});

describe('MIGRATIONS (the real list)', () => {
  it('is a contiguous chain ending at the current version', () => {
    MIGRATIONS.forEach((m, k) => {
      expect(m.to).toBe(m.from + 1);
      if (k > 0) expect(m.from).toBe(MIGRATIONS[k - 1].to);
    });
    const last = MIGRATIONS[MIGRATIONS.length - 1];
    if (last) expect(last.to).toBe(CURRENT_VERSION);
    else expect(CURRENT_VERSION).toBe(1);
  });
});

describe('importDiagram with migrations', () => {
  const v0 = {
    type: 'aws-security-playground',
    version: 0,
    boxes: [{ id: 'ec2-1', kind: 'ec2' }],
    edges: [],
  };

  it('upgrades an older file before validating it', () => {
    const result = importDiagram(JSON.stringify(v0), { migrations: [renameBoxes] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.doc.version).toBe(CURRENT_VERSION);
      expect(result.doc.nodes.map((n) => n.id)).toEqual(['ec2-1']);
    }
  });

  it('leaves a parsed input object unchanged', () => {
    const input = structuredClone(v0);
    importDiagram(input, { migrations: [renameBoxes] });
    expect(input).toEqual(v0);
  });

  it('refuses an older file that the app cannot upgrade', () => {
    const result = importDiagram(JSON.stringify(v0));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'version', code: 'no-migration' }],
    });
  });
});
