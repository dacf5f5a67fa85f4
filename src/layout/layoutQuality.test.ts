/**
 * Does an auto layout read like an AWS diagram? Run with real ELK (elk.bundled.js in
 * Node) on every file in presets/ (whatever exists: the list is read from disk) and on
 * a generated 600-node diagram, so the suite never passes on an empty folder.
 *
 * Checked on every layout: nothing overlaps, children inside parents; traffic from the
 * internet reads in the layout direction; account/Region-level security services stay
 * outside every VPC and next to what they protect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { setLayout } from '../domain/commands';
import { absoluteRect } from '../domain/document/geometry';
import type { Rect } from '../domain/document/geometry';
import { importDiagram } from '../domain/document/import';
import type { Diagram } from '../domain/document/types';
import { getKind, LEAF_SIZE } from '../domain/kinds/catalogue';
import { checkLayout } from './checkLayout';
import { computeLayout } from './computeLayout';
import type { LayoutDirection, LayoutRequest, LayoutSpacing } from './elkGraph';
import { generatedDiagram } from './testDiagrams';

const elk = new ELK();
const PRESETS_DIR = new URL('../../presets/', import.meta.url);

function presetFiles(): string[] {
  try {
    return readdirSync(PRESETS_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return []; // no presets yet: the generated diagram below still runs
  }
}

function loadPreset(file: string): Diagram {
  const result = importDiagram(readFileSync(new URL(file, PRESETS_DIR), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => e.message.en).join('; ')}`);
  return result.doc;
}

/** Kinds drawn at account or Region level (never inside a VPC) that guard or watch others. */
function isScopeSecurityService(doc: Diagram, id: string): boolean {
  const kind = getKind(doc.nodes.find((n) => n.id === id)!.kind);
  return (
    kind.placement.length === 1 &&
    kind.placement[0] === 'scope' &&
    (kind.category === 'protection' || kind.category === 'detection')
  );
}

function ancestors(doc: Diagram, id: string): Set<string> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const out = new Set<string>();
  for (let p = byId.get(id)?.parent; p !== undefined && !out.has(p); p = byId.get(p)?.parent)
    out.add(p);
  return out;
}

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Everything a layout must satisfy, as a list of readable problems (empty = fine). */
function awsReadingProblems(doc: Diagram, direction: LayoutDirection): string[] {
  const problems = checkLayout(doc).map((p) => JSON.stringify(p));
  const rect = (id: string) => absoluteRect(doc, id);
  const kindOf = (id: string) => doc.nodes.find((n) => n.id === id)!.kind;
  const along = (r: Rect) => (direction === 'RIGHT' ? r.x : r.y);

  for (const e of doc.edges) {
    // traffic from the internet enters in the layout direction: the internet is before its target
    if (e.kind === 'traffic' && kindOf(e.source) === 'internet' && kindOf(e.target) !== 'internet')
      if (!(along(rect(e.source)) < along(rect(e.target))))
        problems.push(`internet ${e.source} is not before ${e.target}`);
    // a protecting/watching service sits next to its target: within two layers of it
    const association = e.kind === 'protects' || e.kind === 'monitors';
    if (association && isScopeSecurityService(doc, e.source)) {
      const sameParent =
        doc.nodes.find((n) => n.id === e.source)!.parent ===
        doc.nodes.find((n) => n.id === e.target)!.parent;
      const a = centre(rect(e.source));
      const b = rect(e.target);
      // distance from the service's centre to the nearest point of the target
      const dx = Math.max(b.x - a.x, 0, a.x - (b.x + b.width));
      const dy = Math.max(b.y - a.y, 0, a.y - (b.y + b.height));
      const reach = 2 * (LEAF_SIZE.width + 140);
      if (sameParent && Math.hypot(dx, dy) > reach)
        problems.push(`${e.source} is ${Math.round(Math.hypot(dx, dy))} px from ${e.target}`);
    }
  }

  // account/Region-level services are never drawn over a VPC they are not in
  const vpcs = doc.nodes.filter((n) => n.kind === 'vpc').map((n) => n.id);
  for (const n of doc.nodes) {
    if (!isScopeSecurityService(doc, n.id)) continue;
    const inside = ancestors(doc, n.id);
    for (const vpc of vpcs)
      if (!inside.has(vpc) && intersects(rect(n.id), rect(vpc)))
        problems.push(`${n.id} is drawn over ${vpc}`);
  }
  return problems;
}

async function layOut(doc: Diagram, request: LayoutRequest): Promise<Diagram> {
  return setLayout(doc, await computeLayout(elk, doc, request));
}

const REQUESTS: LayoutRequest[] = (['RIGHT', 'DOWN'] as const).flatMap((direction) =>
  (['compact', 'normal', 'roomy'] as LayoutSpacing[]).map((spacing) => ({ direction, spacing })),
);

describe('auto layout of every preset', () => {
  const files = presetFiles();

  it.each(files)('%s: tidy and AWS-like in both directions and every spacing', async (file) => {
    const doc = loadPreset(file);
    for (const request of REQUESTS) {
      const laidOut = await layOut(doc, request);
      expect(
        awsReadingProblems(laidOut, request.direction),
        `${request.direction} ${request.spacing}`,
      ).toEqual([]);
    }
  });
});

describe('auto layout of a generated diagram', () => {
  it('600 nested nodes: no overlap, every child inside, AWS reading order', async () => {
    const big = generatedDiagram(600);
    expect(big.nodes.length).toBeGreaterThanOrEqual(600);
    const positions = await computeLayout(elk, big, { direction: 'RIGHT', spacing: 'normal' });
    expect(Object.keys(positions)).toHaveLength(big.nodes.length);
    expect(awsReadingProblems(setLayout(big, positions), 'RIGHT')).toEqual([]);
  }, 120_000);
});

describe('the checks themselves', () => {
  it('catch an internet after its target, a far-away protector and a service over a VPC', async () => {
    const doc = loadFixture();
    const laidOut = await layOut(doc, { direction: 'RIGHT', spacing: 'normal' });
    expect(awsReadingProblems(laidOut, 'RIGHT')).toEqual([]);
    const move = (id: string, x: number, y: number) => ({
      ...laidOut,
      nodes: laidOut.nodes.map((n) => (n.id === id ? { ...n, position: { x, y } } : n)),
    });
    const vpc = absoluteRect(laidOut, 'vpc');
    expect(awsReadingProblems(move('internet', vpc.x + vpc.width + 2000, 0), 'RIGHT')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^internet internet is not before/)]),
    );
    expect(awsReadingProblems(move('waf', -3000, 0), 'RIGHT')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^waf is \d+ px from cf$/)]),
    );
    expect(awsReadingProblems(move('gd', vpc.x + 10, vpc.y + 10), 'RIGHT')).toContain(
      'gd is drawn over vpc',
    );
  });
});

/** A small diagram in the public format, imported like a file. */
function loadFixture(): Diagram {
  const result = importDiagram(
    JSON.stringify({
      type: 'aws-security-playground',
      version: 1,
      nodes: [
        { id: 'internet', kind: 'internet' },
        { id: 'cf', kind: 'cloudfront' },
        { id: 'waf', kind: 'waf', props: { scope: 'cloudfront' } },
        { id: 'gd', kind: 'guardduty' },
        { id: 'vpc', kind: 'vpc' },
        { id: 'sub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
        { id: 'alb', kind: 'alb', parent: 'sub' },
      ],
      edges: [
        { id: 'e1', source: 'internet', target: 'cf' },
        { id: 'e2', source: 'cf', target: 'alb' },
        { id: 'e3', source: 'waf', target: 'cf', kind: 'protects' },
        { id: 'e4', source: 'gd', target: 'vpc', kind: 'monitors' },
      ],
    }),
  );
  if (!result.ok) throw new Error('fixture does not import');
  return result.doc;
}
