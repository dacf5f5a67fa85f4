/**
 * A malformed address is unknown, as rules.md says of a missing one: over every preset,
 * a VPC or subnet `cidr` written `999.1.1.1/33` gives exactly the findings, exposure map
 * and trace verdicts of an empty `cidr`; a NACL or security-group row whose CIDR is
 * malformed gives those of the diagram without that row (a row without an address
 * cannot be written at all: import drops it). Import keeps such values and warns
 * (document/importValues.ts); these tests hold the evaluation to its word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDiagram } from '../document/import';
import { accepted } from '../document/importTesting';
import type { Diagram, DiagramNode, RuleRow } from '../document/types';
import { exposureMap } from '../trace/exposure';
import { trace } from '../trace/trace';
import { runRules } from './engine';

const PRESETS = new URL('../../../presets/', import.meta.url);
const MALFORMED = '999.1.1.1/33';

const presets: [string, Diagram][] = readdirSync(PRESETS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, accepted(importDiagram(readFileSync(new URL(f, PRESETS), 'utf8'))).doc]);

function withNode(doc: Diagram, id: string, change: (n: DiagramNode) => DiagramNode): Diagram {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

function withProp(doc: Diagram, id: string, name: string, value: string | RuleRow[]): Diagram {
  return withNode(doc, id, (n) => ({ ...n, props: { ...n.props, [name]: value } }));
}

/** What the evaluation says about a diagram: findings, the exposure map, every trace verdict. */
function verdicts(doc: Diagram, skipRules: readonly string[] = []) {
  const findings = runRules(doc)
    .findings.filter((f) => !skipRules.includes(f.rule))
    .map((f) => `${f.rule} ${f.nodes.join(',')} ${f.message.en}`)
    .sort();
  const traces = doc.nodes.flatMap((n) =>
    [22, 443, 3306].map((port) => {
      const r = trace(doc, { from: 'internet', to: n.id, port });
      return `${n.id}:${port} ${r.reachable} ${r.blocked?.node ?? '-'} ${r.blocked?.code ?? '-'}`;
    }),
  );
  return { findings, exposure: exposureMap(doc), traces };
}

/** The nodes of each preset with a given kind, as [preset, doc, node] cases. */
function cases(kinds: readonly string[]): [string, Diagram, DiagramNode][] {
  return presets.flatMap(([name, doc]) =>
    doc.nodes
      .filter((n) => kinds.includes(n.kind))
      .map((n): [string, Diagram, DiagramNode] => [`${name} ${n.id}`, doc, n]),
  );
}

describe('a malformed address is unknown, as a missing one', () => {
  const addressed = cases(['vpc', 'subnet']).filter(([, , n]) => n.props.cidr !== '');

  it('the presets have addressed VPCs and subnets to test with', () => {
    expect(addressed.length).toBeGreaterThan(10);
  });

  it.each(addressed)('%s: a malformed cidr reads as an empty one', (_, doc, node) => {
    const malformed = withProp(doc, node.id, 'cidr', MALFORMED);
    const empty = withProp(doc, node.id, 'cidr', '');
    expect(verdicts(malformed)).toEqual(verdicts(empty));
  });

  const rowCases = cases(['network-acl', 'security-group']).flatMap(([name, doc, node]) =>
    (['inbound', 'outbound'] as const).flatMap((list) => {
      const rows = (node.props[list] ?? []) as RuleRow[];
      return rows.flatMap((row, k) => {
        const field =
          row.cidr !== undefined ? 'cidr' : row.source !== undefined ? 'source' : 'destination';
        const value = row[field];
        // A peer that names a security group is no address.
        if (value === undefined || !/[./:]/.test(value)) return [];
        return [[`${name} ${list}[${k}].${field}`, doc, node, list, k, field] as const];
      });
    }),
  );

  it('the presets have rule rows with addresses to test with', () => {
    expect(rowCases.length).toBeGreaterThan(20);
  });

  it.each(rowCases)(
    '%s: a rule row with a malformed CIDR acts as if it were not there',
    (_, doc, node, list, k, field) => {
      const rows = node.props[list] as RuleRow[];
      const malformed = withProp(
        doc,
        node.id,
        list,
        rows.map((r, i) => (i === k ? { ...r, [field]: MALFORMED } : r)),
      );
      const without = withProp(
        doc,
        node.id,
        list,
        rows.filter((_r, i) => i !== k),
      );
      // NACL-01 (rule numbers) and SG-02 (a deny action) are about the row as written,
      // not the traffic it matches: the malformed row still has its number and action.
      const aboutTheRow = ['NACL-01', 'SG-02'];
      expect(verdicts(malformed, aboutTheRow)).toEqual(verdicts(without, aboutTheRow));
    },
  );
});
