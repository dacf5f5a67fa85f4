import { describe, expect, it, vi } from 'vitest';
import { generateDiagram } from '../../../bench/generate';
import type { Diagram } from '../document/types';
import type { GraphIndex } from '../graph/types';
import * as graphModule from '../graph/index';
import type { KindId } from '../kinds/types';
import { applyFix, findingKey, hasFix, runRules, summarize } from './engine';
import { diagram } from './testing';
import type { Finding, Rule, RuleReport, Severity } from './types';
import { defineRule } from './types';

vi.mock('../graph/index', async (importOriginal) => {
  const actual = await importOriginal<typeof graphModule>();
  return { ...actual, buildGraphIndex: vi.fn(actual.buildGraphIndex) };
});

const TEXT = { en: 'text', ja: 'テキスト' };

/** A rule that reports a fixed list of findings, whatever the diagram. */
function fakeRule(
  id: string,
  severity: Severity,
  reports: readonly RuleReport[],
  extra: Partial<Rule> = {},
): Rule {
  return defineRule({
    meta: {
      id,
      severity,
      group: 'waf',
      title: TEXT,
      why: TEXT,
      fix: { en: `fix ${id}`, ja: `修正 ${id}` },
      source: 'https://docs.aws.amazon.com/',
    },
    check(_graph, report) {
      for (const r of reports) report(r);
    },
    ...extra,
  });
}

const on = (...nodes: string[]): RuleReport => ({
  nodes,
  message: { en: `on ${nodes.join(' ')}`, ja: `${nodes.join(' ')} 上` },
});

const DOC = diagram({
  nodes: [
    { id: 'a', kind: 'ec2' },
    { id: 'b', kind: 'ec2' },
    { id: 'c', kind: 's3' },
  ],
});

const ids = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}@${f.nodes[0]}`);

describe('runRules', () => {
  it('sorts by severity, then rule id, then first node', () => {
    const rules = [
      fakeRule('ZZ-01', 'info', [on('a')]),
      fakeRule('BB-01', 'warning', [on('c'), on('a')]),
      fakeRule('AA-02', 'warning', [on('b')]),
      fakeRule('YY-01', 'error', [on('b'), on('a', 'c')]),
    ];
    const { findings } = runRules(DOC, { rules });
    expect(ids(findings)).toEqual([
      'YY-01@a',
      'YY-01@b',
      'AA-02@b',
      'BB-01@a',
      'BB-01@c',
      'ZZ-01@a',
    ]);
  });

  it("fills rule id, severity and the meta's fix, and keeps a rule's own fix and data", () => {
    const own = { en: 'own fix', ja: '独自の修正' };
    const rule = fakeRule('AA-01', 'warning', [on('a'), { ...on('b'), fix: own, data: { x: 1 } }]);
    const [first, second] = runRules(DOC, { rules: [rule] }).findings;
    expect(first).toMatchObject({ rule: 'AA-01', severity: 'warning', nodes: ['a'] });
    expect(first.fix).toEqual(rule.meta.fix);
    expect(second.fix).toEqual(own);
    expect(second.data).toEqual({ x: 1 });
  });

  it('drops identical findings but keeps findings that differ in nodes, message or data', () => {
    const rule = fakeRule('AA-01', 'error', [
      on('a', 'b'),
      on('a', 'b'),
      on('a'),
      { ...on('a', 'b'), message: { en: 'other', ja: '別' } },
      { ...on('a', 'b'), data: { edge: 'e1' } },
      { ...on('a', 'b'), data: { edge: 'e1' } },
    ]);
    const { findings } = runRules(DOC, { rules: [rule] });
    expect(findings).toHaveLength(4);
    expect(new Set(findings.map(findingKey)).size).toBe(4);
  });

  it('sets apart findings accepted for their rule on their first node', () => {
    const doc: Diagram = {
      ...DOC,
      accepted: [
        { rule: 'AA-01', node: 'a', reason: 'by design' },
        // Not the first node of any AA-01 finding: accepts nothing.
        { rule: 'AA-01', node: 'c', reason: 'no match' },
        // Another rule's finding on b stays.
        { rule: 'ZZ-09', node: 'b', reason: 'other rule' },
      ],
    };
    const rules = [
      fakeRule('AA-01', 'error', [on('a'), on('b', 'c')]),
      fakeRule('BB-01', 'warning', [on('b')]),
    ];
    const { findings, accepted, unusedAccepted } = runRules(doc, { rules });
    expect(ids(accepted)).toEqual(['AA-01@a']);
    expect(ids(findings)).toEqual(['AA-01@b', 'BB-01@b']);
    // The two entries that accept nothing are reported as no longer needed, in file order.
    expect(unusedAccepted).toEqual([doc.accepted![1], doc.accepted![2]]);
  });

  it('reports an acceptance as unused once its finding is gone, and as used again when it returns', () => {
    const accepted = [{ rule: 'AA-01', node: 'a', reason: 'by design' }];
    const doc: Diagram = { ...DOC, accepted };
    expect(
      runRules(doc, { rules: [fakeRule('AA-01', 'error', [on('a')])] }).unusedAccepted,
    ).toEqual([]);
    expect(runRules(doc, { rules: [fakeRule('AA-01', 'error', [])] }).unusedAccepted).toEqual(
      accepted,
    );
    expect(runRules(DOC, { rules: [fakeRule('AA-01', 'error', [])] }).unusedAccepted).toEqual([]);
  });

  it('goes on when a rule throws, reporting nothing for that rule', () => {
    const errors: string[] = [];
    const broken = defineRule({
      ...fakeRule('BB-01', 'error', []),
      check(_graph, report) {
        report(on('a'));
        throw new Error('boom');
      },
    });
    const rules = [
      fakeRule('AA-01', 'warning', [on('a')]),
      broken,
      fakeRule('CC-01', 'info', [on('b')]),
    ];
    const { findings } = runRules(DOC, {
      rules,
      onRuleError: (id, error) => errors.push(`${id}: ${(error as Error).message}`),
    });
    expect(ids(findings)).toEqual(['AA-01@a', 'CC-01@b']);
    expect(errors).toEqual(['BB-01: boom']);
    // Without a callback the run is just as quiet.
    expect(ids(runRules(DOC, { rules }).findings)).toEqual(['AA-01@a', 'CC-01@b']);
  });

  it('treats a finding without nodes as a broken rule', () => {
    const errors: string[] = [];
    const rules = [fakeRule('AA-01', 'error', [on('a'), on()])];
    const result = runRules(DOC, { rules, onRuleError: (id) => errors.push(id) });
    expect(result.findings).toEqual([]);
    expect(errors).toEqual(['AA-01']);
  });

  it('builds the graph index once and gives every rule the same one', () => {
    const build = vi.mocked(graphModule.buildGraphIndex);
    build.mockClear();
    const seen: GraphIndex[] = [];
    const spy = (id: string) =>
      defineRule({ ...fakeRule(id, 'info', []), check: (graph) => void seen.push(graph) });
    runRules(DOC, { rules: [spy('AA-01'), spy('BB-01'), spy('CC-01')] });
    expect(build).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
  });

  it('runs the whole registry by default', () => {
    const doc = diagram({
      nodes: [
        { id: 'acl', kind: 'waf', label: 'edge-acl' },
        { id: 'nlb', kind: 'nlb', label: 'api-nlb' },
      ],
      edges: [{ source: 'acl', target: 'nlb' }],
    });
    const waf01 = runRules(doc).findings.find((f) => f.rule === 'WAF-01');
    expect(waf01?.nodes).toEqual(['acl', 'nlb']);
    expect(waf01?.message.en).toContain("'edge-acl'");
    expect(waf01?.message.en).toContain("'api-nlb'");
  });
});

describe('summarize', () => {
  it('counts findings by severity', () => {
    const rules = [
      fakeRule('AA-01', 'error', [on('a'), on('b')]),
      fakeRule('BB-01', 'info', [on('c')]),
    ];
    expect(summarize(runRules(DOC, { rules }).findings)).toEqual({ error: 2, warning: 0, info: 1 });
    expect(summarize([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('findingKey', () => {
  const base: Finding = { rule: 'AA-01', severity: 'error', nodes: ['a', 'b'], message: TEXT };

  it('is stable and independent of the order of data keys', () => {
    expect(findingKey({ ...base, data: { x: 1, y: 'z' } })).toBe(
      findingKey({ ...base, data: { y: 'z', x: 1 } }),
    );
  });

  it('tells apart rules, node order and data', () => {
    const keys = [
      base,
      { ...base, rule: 'AA-02' },
      { ...base, nodes: ['b', 'a'] },
      { ...base, data: { edge: 'e1' } },
      { ...base, data: { edge: 'e2' } },
    ].map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('applyFix', () => {
  const finding: Finding = { rule: 'AA-01', severity: 'error', nodes: ['a'], message: TEXT };

  it("applies the rule's fix", () => {
    const renamed: Diagram = { ...DOC, title: 'fixed' };
    const rules = new Map([
      ['AA-01', fakeRule('AA-01', 'error', [], { fixFinding: () => renamed })],
    ]);
    expect(hasFix(finding, rules)).toBe(true);
    expect(applyFix(DOC, finding, rules)).toBe(renamed);
  });

  it('returns the same document when the rule has no fix, is unknown, or its fix throws', () => {
    const throwing = fakeRule('AA-01', 'error', [], {
      fixFinding: () => {
        throw new Error('bad fix');
      },
    });
    expect(applyFix(DOC, finding, new Map([['AA-01', throwing]]))).toBe(DOC);
    const plain = new Map([['AA-01', fakeRule('AA-01', 'error', [])]]);
    expect(hasFix(finding, plain)).toBe(false);
    expect(applyFix(DOC, finding, plain)).toBe(DOC);
    expect(applyFix(DOC, { ...finding, rule: 'NOPE-01' })).toBe(DOC);
  });

  it('uses the registry by default', () => {
    expect(hasFix({ ...finding, rule: 'WAF-07' })).toBe(true);
    expect(hasFix({ ...finding, rule: 'WAF-08' })).toBe(false);
  });
});

/** The bench's generated diagram, completed with defaults like import would. */
function generated(size: number): Diagram {
  const raw = generateDiagram(size);
  return diagram({
    nodes: raw.nodes.map((n) => ({ ...n, kind: n.kind as KindId, props: n.props as never })),
    edges: raw.edges.map((e) => ({ ...e, kind: e.kind as never, props: e.props as never })),
  });
}

/**
 * Counts the work the rules ask of the index: one unit per call plus one per element of
 * every list it hands back (and of `doc.nodes`/`doc.edges` whenever a rule reads them),
 * since a rule walks the lists it gets. Sets are for look-ups and cost one unit.
 */
function countingIndex(index: GraphIndex): { index: GraphIndex; work: () => number } {
  let work = 0;
  const charge = (value: unknown) => {
    work += 1 + (Array.isArray(value) ? value.length : 0);
    return value;
  };
  const doc = new Proxy(index.doc, {
    get: (target, key, receiver) => {
      const value = Reflect.get(target, key, receiver) as unknown;
      return key === 'nodes' || key === 'edges' ? charge(value) : value;
    },
  });
  const proxy = new Proxy(index, {
    get: (target, key, receiver) => {
      if (key === 'doc') return doc;
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        charge((value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
  return { index: proxy, work: () => work };
}

describe('run size', () => {
  /** Every registry rule run against a counting index of `doc`. */
  function workOf(doc: Diagram): number {
    const real = graphModule.buildGraphIndex(doc);
    const counted = countingIndex(real);
    vi.mocked(graphModule.buildGraphIndex).mockReturnValueOnce(counted.index);
    const errors: string[] = [];
    runRules(doc, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
    expect(errors).toEqual([]);
    return counted.work();
  }

  it('grows linearly with the diagram: twice the nodes, about twice the index work', () => {
    const small = workOf(generated(2_000));
    const large = workOf(generated(4_000));
    expect(large / small).toBeLessThan(2.3);
  });

  it('validates a 10 000-node diagram to the end', () => {
    const doc = generated(10_000);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(10_000);
    const errors: string[] = [];
    const { findings } = runRules(doc, { onRuleError: (id) => errors.push(id) });
    expect(errors).toEqual([]);
    // Every generated ALB is reached only through its CloudFront and WAF: no WAF-06 on it.
    expect(findings.some((f) => f.rule === 'WAF-06' && f.nodes[0].startsWith('alb-'))).toBe(false);
    expect(findings.length).toBeGreaterThan(0);
  });
});
