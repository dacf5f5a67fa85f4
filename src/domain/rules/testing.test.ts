import { describe, expect, it } from 'vitest';
import type { Diagram } from '../document/types';
import { diagram, expectFindings, expectFixResolves, runOnly } from './testing';
import type { Rule } from './types';
import { defineRule } from './types';

const TEXT = { en: 'text', ja: 'テキスト' };
const META = {
  severity: 'warning',
  group: 'waf',
  title: TEXT,
  why: TEXT,
  fix: TEXT,
  source: 'https://docs.aws.amazon.com/',
} as const;

/** Reports every WAF with logging off, on [waf, ...its protected nodes]. */
const LOGGING: Rule = defineRule({
  meta: { id: 'TT-01', ...META },
  check(graph, report) {
    for (const waf of graph.nodesOfKind('waf')) {
      if (waf.props.logging) continue;
      const targets = graph.edgesOut(waf.id, 'protects').map((e) => e.target);
      report({
        nodes: [waf.id, ...targets],
        message: { en: `no logging on ${waf.id}`, ja: 'ログなし' },
      });
    }
  },
  fixFinding: (doc, finding) => ({
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.id === finding.nodes[0] ? { ...n, props: { ...n.props, logging: true } } : n,
    ),
  }),
});

const DOC = diagram({
  nodes: [
    { id: 'acl', kind: 'waf' },
    { id: 'cf', kind: 'cloudfront' },
    { id: 'api', kind: 'api-gateway' },
  ],
  edges: [
    { source: 'acl', target: 'cf' },
    { source: 'acl', target: 'api' },
  ],
});

describe('diagram', () => {
  it('fills default props, infers edge kinds and gives traffic edges their props', () => {
    const doc = diagram({
      nodes: [
        { id: 'internet', kind: 'internet' },
        { id: 'acl', kind: 'waf', props: { logging: true } },
        { id: 'cf', kind: 'cloudfront', label: 'site' },
        { id: 'bucket', kind: 's3' },
      ],
      edges: [
        { source: 'internet', target: 'cf' },
        { source: 'acl', target: 'cf' },
        { source: 'cf', target: 'bucket' },
        { source: 'internet', target: 'cf', props: { port: 80 } },
      ],
    });
    expect(doc.nodes.find((n) => n.id === 'acl')?.props).toEqual({
      scope: 'auto',
      rateBasedRule: false,
      managedRules: true,
      logging: true,
    });
    expect(doc.edges.map((e) => [e.id, e.kind, e.props])).toEqual([
      ['internet->cf', 'traffic', { port: 443, protocol: 'tcp' }],
      ['acl->cf', 'protects', undefined],
      ['cf->bucket', 'logs', undefined],
      ['internet->cf#2', 'traffic', { port: 80, protocol: 'tcp' }],
    ]);
  });

  it("refuses a test's own mistakes", () => {
    expect(() => diagram({ nodes: [{ id: 'a', kind: 'waf', props: { loging: true } }] })).toThrow(
      /no prop 'loging'/,
    );
    expect(() =>
      diagram({
        nodes: [
          { id: 'a', kind: 'waf' },
          { id: 'a', kind: 'waf' },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() => diagram({ nodes: [{ id: 'a', kind: 'ec2', parent: 'nope' }] })).toThrow(
      /does not exist/,
    );
    expect(() =>
      diagram({ nodes: [{ id: 'a', kind: 'waf' }], edges: [{ source: 'a', target: 'b' }] }),
    ).toThrow(/endpoint/);
  });
});

describe('expectFindings', () => {
  it('passes on the same node sets, with the first node in place and the rest in any order', () => {
    expect(() => expectFindings(LOGGING, DOC, [{ nodes: ['acl', 'api', 'cf'] }])).not.toThrow();
  });

  it('fails on another first node, another set, another count or a missing text', () => {
    expect(() => expectFindings(LOGGING, DOC, [{ nodes: ['cf', 'acl', 'api'] }])).toThrow();
    expect(() => expectFindings(LOGGING, DOC, [{ nodes: ['acl', 'cf'] }])).toThrow();
    expect(() => expectFindings(LOGGING, DOC, [])).toThrow();
    expect(() =>
      expectFindings(LOGGING, DOC, [{ nodes: ['acl', 'cf', 'api'] }, { nodes: ['acl'] }]),
    ).toThrow();
    expect(() =>
      expectFindings(LOGGING, DOC, [{ nodes: ['acl', 'cf', 'api'], messageIncludes: 'zzz' }]),
    ).toThrow();
  });

  it('fails when the rule throws instead of hiding it', () => {
    const broken = defineRule({
      meta: { id: 'TT-02', ...META },
      check() {
        throw new Error('broken rule');
      },
    });
    expect(() => runOnly(broken, DOC)).toThrow('broken rule');
  });
});

describe('expectFixResolves', () => {
  it('passes for a pure fix that resolves the finding, and returns the fixed document', () => {
    const fixed = expectFixResolves(LOGGING, DOC, 'acl');
    expect(fixed.nodes.find((n) => n.id === 'acl')?.props.logging).toBe(true);
  });

  it('fails for a fix that mutates its input, changes nothing, or leaves the finding', () => {
    const mutating = defineRule({
      ...LOGGING,
      fixFinding: (doc: Diagram) => {
        doc.nodes[0].props.logging = true;
        return { ...doc };
      },
    });
    const noop = defineRule({ ...LOGGING, fixFinding: (doc: Diagram) => doc });
    const useless = defineRule({
      ...LOGGING,
      fixFinding: (doc: Diagram) => ({ ...doc, title: 'x' }),
    });
    expect(() => expectFixResolves(mutating, DOC)).toThrow();
    expect(() => expectFixResolves(noop, DOC)).toThrow(/changed nothing/);
    expect(() => expectFixResolves(useless, DOC)).toThrow(/still fires/);
  });

  it('fails when the fixed document would not import cleanly', () => {
    const dangling = defineRule({
      ...LOGGING,
      fixFinding: (doc: Diagram) => ({
        ...LOGGING.fixFinding!(doc, runOnly(LOGGING, doc)[0]),
        edges: [
          ...doc.edges,
          { id: 'bad', source: 'acl', target: 'ghost', kind: 'protects' as const },
        ],
      }),
    });
    expect(() => expectFixResolves(dangling, DOC)).toThrow();
  });
});
