/**
 * Test helpers for rules, in the manner of eslint's RuleTester: a compact builder for
 * complete in-memory diagrams, a valid/invalid case runner for one rule, and a check
 * that a one-click fix really resolves its finding.
 *
 * Used by the `<group>/<ID>.test.ts` files only (it imports vitest).
 */
import { describe, expect, it } from 'vitest';
import type {
  AcceptedFinding,
  Diagram,
  DiagramEdge,
  DiagramNode,
  EdgeKind,
  Point,
  PropValue,
  Size,
  TrafficProps,
} from '../document/types';
import { CURRENT_VERSION, DOCUMENT_TYPE } from '../document/types';
import { inferEdgeKind } from '../document/edgeKinds';
import { importDiagram } from '../document/import';
import { defaultProps, getKind, isKindId } from '../kinds/catalogue';
import type { KindId } from '../kinds/types';
import { runRuleSet } from './runner';
import type { Finding, Rule } from './types';

export interface NodeSpec {
  id: string;
  kind: KindId;
  parent?: string;
  label?: string;
  position?: Point;
  size?: Size;
  /** Only the props that differ from the kind's defaults. */
  props?: Record<string, PropValue>;
}

export interface EdgeSpec {
  /** Defaults to `source->target` (with `#2`, `#3`… for repeats). */
  id?: string;
  source: string;
  target: string;
  /** Inferred from the two kinds (format.md) when absent. */
  kind?: EdgeKind;
  label?: string;
  /** Traffic edges: port 443 / tcp unless given. */
  props?: Partial<TrafficProps>;
}

export interface DiagramSpec {
  title?: string;
  nodes: readonly NodeSpec[];
  edges?: readonly EdgeSpec[];
  accepted?: AcceptedFinding[];
}

const DEFAULT_TRAFFIC: TrafficProps = { port: 443, protocol: 'tcp' };

function buildNode(spec: NodeSpec, where: string): DiagramNode {
  if (!isKindId(spec.kind)) throw new Error(`${where}: unknown kind '${String(spec.kind)}'`);
  const props = defaultProps(spec.kind);
  for (const [name, value] of Object.entries(spec.props ?? {})) {
    // A typo in a test's prop name would silently test the default: refuse it.
    if (!(name in props)) throw new Error(`${where}: kind ${spec.kind} has no prop '${name}'`);
    props[name] = value;
  }
  return {
    id: spec.id,
    kind: spec.kind,
    ...(spec.label !== undefined ? { label: spec.label } : {}),
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
    ...(spec.position ? { position: { ...spec.position } } : {}),
    ...(spec.size ? { size: { ...spec.size } } : {}),
    props,
  };
}

/**
 * A complete in-memory diagram (props filled with defaults, edge kinds inferred, traffic
 * props present), as import would produce it. Throws on a test's own mistakes: an
 * unknown kind or prop, a duplicate id, a missing parent or edge endpoint.
 */
export function diagram(spec: DiagramSpec): Diagram {
  const nodes = spec.nodes.map((n, i) => buildNode(n, `nodes[${i}] (${n.id})`));
  const byId = new Map<string, DiagramNode>();
  for (const n of nodes) {
    if (byId.has(n.id)) throw new Error(`duplicate node id '${n.id}'`);
    byId.set(n.id, n);
  }
  for (const n of nodes) {
    if (n.parent === undefined) continue;
    const parent = byId.get(n.parent);
    if (!parent) throw new Error(`node ${n.id}: parent '${n.parent}' does not exist`);
    if (!getKind(parent.kind).container)
      throw new Error(`node ${n.id}: parent '${n.parent}' (${parent.kind}) is not a container`);
  }

  const edgeIds = new Set<string>();
  const edges = (spec.edges ?? []).map((e, i): DiagramEdge => {
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    if (!source || !target)
      throw new Error(`edges[${i}]: endpoint missing (${e.source} -> ${e.target})`);
    let id = e.id ?? `${e.source}->${e.target}`;
    for (let n = 2; e.id === undefined && edgeIds.has(id); n += 1)
      id = `${e.source}->${e.target}#${n}`;
    if (edgeIds.has(id)) throw new Error(`duplicate edge id '${id}'`);
    edgeIds.add(id);
    const kind = e.kind ?? inferEdgeKind(source.kind, target.kind);
    return {
      id,
      source: e.source,
      target: e.target,
      kind,
      ...(e.label !== undefined ? { label: e.label } : {}),
      ...(kind === 'traffic' ? { props: { ...DEFAULT_TRAFFIC, ...e.props } } : {}),
    };
  });

  return {
    type: DOCUMENT_TYPE,
    version: CURRENT_VERSION,
    ...(spec.title !== undefined ? { title: spec.title } : {}),
    nodes,
    edges,
    ...(spec.accepted ? { accepted: spec.accepted } : {}),
  };
}

export interface RuleCase {
  name: string;
  doc: Diagram;
}

export interface ExpectedFinding {
  /** First the node the canvas shows it on; the others in any order. */
  nodes: string[];
  /** Optional: text the English message must contain (e.g. a label). */
  messageIncludes?: string;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Runs only `rule`; fails the test when the rule throws instead of swallowing it. */
export function runOnly(rule: Rule, doc: Diagram): Finding[] {
  const errors: unknown[] = [];
  const { findings, accepted } = runRuleSet(doc, [rule], {
    onRuleError: (_id, error) => errors.push(error),
  });
  if (errors.length > 0) throw errors[0];
  return [...findings, ...accepted];
}

function sameNodes(actual: Finding, expected: ExpectedFinding): boolean {
  if (actual.nodes[0] !== expected.nodes[0]) return false;
  const a = new Set(actual.nodes);
  const e = new Set(expected.nodes);
  return a.size === e.size && [...e].every((id) => a.has(id));
}

function describeFindings(findings: readonly { nodes: string[] }[]): string {
  return findings.map((f) => `[${f.nodes.join(', ')}]`).join(' ') || '(none)';
}

/** Every finding must say something in both languages. */
function expectTexts(finding: Finding): void {
  expect(finding.message.en.trim(), `${finding.rule} English message`).not.toBe('');
  expect(finding.message.ja.trim(), `${finding.rule} Japanese message`).not.toBe('');
  expect(finding.fix?.en.trim(), `${finding.rule} English fix`).toBeTruthy();
  expect(finding.fix?.ja.trim(), `${finding.rule} Japanese fix`).toBeTruthy();
}

/**
 * Asserts that `rule` alone reports exactly `expected` on `doc`: same count, and each
 * expected finding matched by a distinct actual one with the same first node and the
 * same node set.
 */
export function expectFindings(rule: Rule, doc: Diagram, expected: ExpectedFinding[]): Finding[] {
  const actual = runOnly(rule, doc);
  const summary = `expected ${describeFindings(expected)}, got ${describeFindings(actual)}`;
  expect(actual.length, summary).toBe(expected.length);
  const unmatched = [...actual];
  for (const want of expected) {
    const at = unmatched.findIndex((f) => sameNodes(f, want));
    expect(at, `no finding on [${want.nodes.join(', ')}]: ${summary}`).toBeGreaterThanOrEqual(0);
    const [found] = unmatched.splice(at, 1);
    if (want.messageIncludes !== undefined)
      expect(found.message.en).toContain(want.messageIncludes);
  }
  actual.forEach(expectTexts);
  return actual;
}

/** eslint-style: one `it` per case, inside a `describe` named by the rule id. */
export function ruleTester(
  rule: Rule,
  cases: { valid: readonly RuleCase[]; invalid: readonly InvalidRuleCase[] },
): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => expectFindings(rule, c.doc, []));
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => expectFindings(rule, c.doc, c.findings));
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Applies `rule`'s one-click fix to one of its findings and asserts that the fix is
 * pure (its input is frozen), that the finding is gone, and that the fixed document
 * imports without errors or repairs. Returns the fixed document for further checks.
 *
 * `which` picks the finding: absent, the only one; a node id, the one shown on that
 * node, and afterwards the rule must not fire on that node at all; a node list, the one
 * with those nodes (first node first), and afterwards no finding has those nodes (for
 * rules that report several findings on one node, such as one per edge).
 */
export function expectFixResolves(rule: Rule, doc: Diagram, which?: string | string[]): Diagram {
  expect(rule.fixFinding, `${rule.meta.id} has no fixFinding`).toBeTypeOf('function');
  const picks = (f: Finding): boolean =>
    which === undefined ||
    (typeof which === 'string' ? f.nodes[0] === which : sameNodes(f, { nodes: which }));
  const before = runOnly(rule, doc);
  const targets = before.filter(picks);
  expect(targets.length, `findings to fix: ${describeFindings(before)}`).toBe(1);
  // Frozen: a fix that mutates its input throws here instead of corrupting undo history.
  const input = deepFreeze(structuredClone(doc));
  const fixed = rule.fixFinding!(input, targets[0]);
  expect(fixed, 'the fix changed nothing').not.toBe(input);

  const after = runOnly(rule, fixed);
  const still = after.filter((f) =>
    Array.isArray(which) ? sameNodes(f, { nodes: which }) : f.nodes[0] === targets[0].nodes[0],
  );
  expect(still, `still fires after the fix: ${describeFindings(still)}`).toEqual([]);
  expectImportsCleanly(fixed);
  return fixed;
}

/** The document survives a save/open round trip with no error and no repair warning. */
export function expectImportsCleanly(doc: Diagram): void {
  const result = importDiagram(JSON.stringify(doc));
  expect(result.ok ? [] : result.errors).toEqual([]);
  if (result.ok) expect(result.warnings).toEqual([]);
}
