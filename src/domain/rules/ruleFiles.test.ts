/**
 * Keeps the registry, the rule files and docs/spec/rules.md in step (eslint's
 * checkRuleFiles): every spec rule is implemented with the spec's severity, in its
 * group's folder, with a test beside it, texts in both languages and a source link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import type { RuleGroup, Severity } from './types';

const RULES_DIR = fileURLToPath(new URL('.', import.meta.url));
const SPEC_PATH = fileURLToPath(new URL('../../../docs/spec/rules.md', import.meta.url));
/**
 * The project's own rules beside the contract (docs/rules.md, same form): the registry
 * must hold the rules of both documents and no other, and an addition reuses no spec id.
 */
const ADDED_PATH = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));

/** The spec's section headings, and the rule group (folder) each one is. */
const GROUP_OF_SECTION: Record<string, RuleGroup> = {
  Placement: 'placement',
  'AWS WAF': 'waf',
  'AWS Shield': 'shield',
  'Detection and response': 'detection',
  'Organization-wide firewalls': 'firewalls',
  Network: 'network',
  'Security groups and network ACLs': 'sg-nacl',
  Data: 'data',
  // docs/rules.md only.
  'Identity and access': 'iam',
};

/** Rules the issue asks to be fixable in one click. */
const ONE_CLICK_FIXES = [
  'PLC-01',
  'WAF-06',
  'WAF-07',
  'NET-06',
  'SHD-05',
  'FND-01',
  'GD-01',
  'DET-01',
  'SH-01',
  'FMS-02',
  'NACL-02',
];

interface SpecRule {
  id: string;
  severity: Severity;
  group: RuleGroup | undefined;
}

function parseSpec(markdown: string): SpecRule[] {
  const out: SpecRule[] = [];
  let group: RuleGroup | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading) group = GROUP_OF_SECTION[heading[1]];
    const row = /^\|\s*([A-Z][A-Z0-9]*-\d+)\s*\|\s*([a-z]+)\s*\|/.exec(line);
    if (row) out.push({ id: row[1], severity: row[2] as Severity, group });
  }
  return out;
}

const SPEC_ONLY = parseSpec(readFileSync(SPEC_PATH, 'utf8'));
const ADDED = parseSpec(readFileSync(ADDED_PATH, 'utf8'));
const SPEC = [...SPEC_ONLY, ...ADDED];
const SPEC_BY_ID = new Map(SPEC.map((r) => [r.id, r]));
const REGISTERED = new Set(RULES.map((r) => r.meta.id));

describe('docs/spec/rules.md', () => {
  it('is parsed into rules with known severities and sections', () => {
    expect(SPEC.length).toBeGreaterThan(40);
    for (const r of SPEC) {
      expect(['error', 'warning', 'info'], r.id).toContain(r.severity);
      expect(r.group, `${r.id} is under a section with no group`).toBeDefined();
    }
  });

  it('is extended by docs/rules.md without reusing a spec id', () => {
    expect(ADDED.length).toBeGreaterThan(0);
    const specIds = new Set(SPEC_ONLY.map((r) => r.id));
    expect(ADDED.map((r) => r.id).filter((id) => specIds.has(id))).toEqual([]);
  });

  it('lists each id once', () => {
    expect(SPEC.map((r) => r.id).filter((id, i, all) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('has every rule in the registry', () => {
    expect(SPEC.map((r) => r.id).filter((id) => !REGISTERED.has(id))).toEqual([]);
  });
});

describe('the registry', () => {
  it('has no rule the spec lacks', () => {
    expect([...REGISTERED].filter((id) => !SPEC_BY_ID.has(id))).toEqual([]);
  });

  it('has no duplicate ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  for (const id of ONE_CLICK_FIXES) {
    it(`offers a one-click fix for ${id}`, () => {
      const rule = RULES.find((r) => r.meta.id === id);
      expect(rule?.fixFinding, `${id} lacks fixFinding`).toBeTypeOf('function');
    });
  }
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  const spec = SPEC_BY_ID.get(id);

  it('has the severity and group of the spec', () => {
    expect(rule.meta.severity).toBe(spec?.severity);
    expect(rule.meta.group).toBe(spec?.group);
  });

  it('sits in its group folder with a test beside it', () => {
    expect(existsSync(`${RULES_DIR}${rule.meta.group}/${id}.ts`), `${id}.ts`).toBe(true);
    expect(existsSync(`${RULES_DIR}${rule.meta.group}/${id}.test.ts`), `${id}.test.ts`).toBe(true);
  });

  it('has a title, an explanation and a fix in English and Japanese', () => {
    for (const field of ['title', 'why', 'fix'] as const) {
      expect(rule.meta[field].en.trim(), `${field}.en`).not.toBe('');
      expect(rule.meta[field].ja.trim(), `${field}.ja`).not.toBe('');
    }
  });

  it('links an https source', () => {
    expect(() => new URL(rule.meta.source)).not.toThrow();
    expect(new URL(rule.meta.source).protocol).toBe('https:');
  });

  it('declares fixable exactly when it has a fixFinding', () => {
    expect(Boolean(rule.meta.fixable)).toBe(typeof rule.fixFinding === 'function');
  });
});
