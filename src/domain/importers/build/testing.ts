/**
 * Helpers for the builder's tests: resources of hand-built models, and a build that
 * checks, for every model a test builds, that the document passes the one import path
 * with no warning and without positions, that the report has one entry per resource,
 * and that no node is misplaced (PLC-01, PLC-02, SG-01). Used by the `*.test.ts`
 * files beside it (it imports vitest).
 */
import { expect } from 'vitest';
import { importDiagram } from '../../document/import';
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../../document/types';
import { runRules } from '../../rules/engine';
import type { Finding } from '../../rules/types';
import type { Concept, InfraModel, InfraResource, UnknownValue } from '../model';
import type { ImportReport, Outcome } from '../report';
import type { Of } from './context';
import { buildDiagram } from './index';

type Fields<C extends Concept> = Omit<Of<C>, 'concept' | 'id' | 'sourceType'> & {
  sourceType?: string;
};

/** One resource of a test model; its source type is made up from the concept unless given. */
export function res<C extends Concept>(concept: C, id: string, fields: Fields<C>): Of<C> {
  return { sourceType: `Test::${concept}`, ...fields, concept, id } as Of<C>;
}

export function model(resources: InfraResource[], unknowns: UnknownValue[] = []): InfraModel {
  return { format: 'cloudformation', resources, unknowns };
}

const PLACEMENT_RULES = new Set(['PLC-01', 'PLC-02', 'SG-01']);

export interface Built {
  doc: Diagram;
  report: ImportReport;
  node(id: string): DiagramNode;
  /** Ids of the containers above `id`, nearest first. */
  chain(id: string): string[];
  edge(source: string, target: string, kind?: EdgeKind): DiagramEdge | undefined;
  outcome(id: string): Outcome;
  /** English text of every note. */
  notes(): string[];
  findings(rule: string): Finding[];
}

export function build(resources: InfraResource[], unknowns: UnknownValue[] = []): Built {
  const input = model(resources, unknowns);
  const { document: doc, report } = buildDiagram(input);
  const imported = importDiagram(JSON.stringify(doc));
  if (!imported.ok) throw new Error(`refused: ${JSON.stringify(imported.errors)}`);
  expect(imported.warnings.map((w) => w.message.en)).toEqual([]);
  expect(imported.needsLayout || doc.nodes.length === 0).toBe(true);
  expect(doc.nodes.some((n) => n.position || n.size)).toBe(false);
  expect(report.entries.map((e) => e.id)).toEqual(resources.map((r) => r.id));
  // The builder places every node where kinds.md allows it, whatever the template.
  const misplaced = runRules(doc).findings.filter((f) => PLACEMENT_RULES.has(f.rule));
  expect(misplaced.map((f) => f.message.en)).toEqual([]);

  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const node = (id: string): DiagramNode => {
    const found = byId.get(id);
    if (!found) throw new Error(`no node ${id}; nodes: ${[...byId.keys()].join(', ')}`);
    return found;
  };
  return {
    doc,
    report,
    node,
    chain(id) {
      const out: string[] = [];
      for (let p = node(id).parent; p !== undefined; p = node(p).parent) out.push(p);
      return out;
    },
    edge: (source, target, kind) =>
      doc.edges.find(
        (e) => e.source === source && e.target === target && (!kind || e.kind === kind),
      ),
    outcome(id) {
      const entry = report.entries.find((e) => e.id === id);
      if (!entry) throw new Error(`no report entry for ${id}`);
      return entry.outcome;
    },
    notes: () => report.notes.map((n) => n.text.en),
    findings: (rule) => runRules(doc).findings.filter((f) => f.rule === rule),
  };
}

/** A VPC with two public subnets (a, b) routed to an internet gateway and one private (c). */
export function network(): InfraResource[] {
  return [
    res('vpc', 'Vpc', { cidr: '10.0.0.0/16' }),
    res('subnet', 'PublicA', { vpc: 'Vpc', cidr: '10.0.1.0/24', az: 'us-east-1a' }),
    res('subnet', 'PublicB', { vpc: 'Vpc', cidr: '10.0.2.0/24', az: 'us-east-1b' }),
    res('subnet', 'PrivateA', { vpc: 'Vpc', cidr: '10.0.3.0/24', az: 'us-east-1a' }),
    res('internet-gateway', 'Igw', { vpc: 'Vpc' }),
    res('route-table', 'PublicRoutes', {
      vpc: 'Vpc',
      routes: [{ destination: '0.0.0.0/0', target: 'Igw' }],
      subnets: ['PublicA', 'PublicB'],
    }),
  ];
}
