import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it } from 'vitest';
import { setLayout } from '../domain/commands';
import type { Diagram } from '../domain/document/types';
import { LEAF_SIZE } from '../domain/kinds/catalogue';
import { checkLayout } from './checkLayout';
import { computeLayout } from './computeLayout';
import type { LayoutRequest } from './elkGraph';
import {
  CONTAINER_PADDING,
  DEFAULT_LAYOUT_REQUEST,
  LAYOUT_ROOT_ID,
  estimatedHeaderWidth,
  fromElkLayout,
  toElkGraph,
} from './elkGraph';
import { diagram, edge, node, webApp } from './testDiagrams';

const elk = new ELK();

function find(graph: ElkNode, id: string): ElkNode | undefined {
  if (graph.id === id) return graph;
  for (const c of graph.children ?? []) {
    const hit = find(c, id);
    if (hit) return hit;
  }
  return undefined;
}

async function laidOut(doc: Diagram, request: LayoutRequest = DEFAULT_LAYOUT_REQUEST) {
  const positions = await computeLayout(elk, doc, request);
  return { positions, doc: setLayout(doc, positions) };
}

function absoluteX(doc: Diagram, id: string): number {
  let x = 0;
  for (let n = doc.nodes.find((m) => m.id === id); n; n = doc.nodes.find((m) => m.id === n!.parent))
    x += n.position!.x;
  return x;
}

describe('toElkGraph', () => {
  it('nests containers, sizes leaves, and declares every edge at the root', () => {
    const g = toElkGraph(webApp(), DEFAULT_LAYOUT_REQUEST);
    expect(g.id).toBe(LAYOUT_ROOT_ID);
    expect(g.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.direction': 'RIGHT',
    });
    expect(g.children!.map((c) => c.id)).toEqual(['internet', 'acc']);
    const vpc = find(g, 'vpc')!;
    expect(vpc.children!.map((c) => c.id)).toEqual(['igw', 'pub', 'priv', 'empty']);
    expect(vpc.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.padding': `[top=${CONTAINER_PADDING.top},left=20,bottom=20,right=20]`,
    });
    expect(CONTAINER_PADDING.top).toBeGreaterThan(CONTAINER_PADDING.left);
    expect(find(g, 'ec2a')).toEqual({ id: 'ec2a', ...LEAF_SIZE });
    // a container with children gets its size from ELK, not from the document
    expect(vpc.width).toBeUndefined();
    // every edge at the root, none inside containers
    expect(g.edges!.map((e) => e.id).sort()).toEqual(
      webApp()
        .edges.map((e) => e.id)
        .sort(),
    );
    expect(find(g, 'acc')!.edges).toBeUndefined();
  });

  it('keeps an empty container at its size and marks it as a container', () => {
    const doc = webApp();
    doc.nodes.find((n) => n.id === 'empty')!.size = { width: 333, height: 222 };
    expect(find(toElkGraph(doc, DEFAULT_LAYOUT_REQUEST), 'empty')).toMatchObject({
      width: 333,
      height: 222,
      children: [],
    });
  });

  it('puts the internet in the first layer and ranks traffic above associations', () => {
    const g = toElkGraph(webApp(), DEFAULT_LAYOUT_REQUEST);
    expect(find(g, 'internet')!.layoutOptions).toEqual({
      'elk.layered.layering.layerConstraint': 'FIRST',
    });
    const traffic = g.edges!.find((e) => e.id === 'e-internet-cf')!;
    const protects = g.edges!.find((e) => e.id === 'e-waf-cf')!;
    const priority = (e: typeof traffic) =>
      Number(e.layoutOptions!['elk.layered.priority.direction']);
    expect(priority(traffic)).toBeGreaterThan(priority(protects));
  });

  it('uses measured leaf sizes when given', () => {
    const g = toElkGraph(webApp(), {
      ...DEFAULT_LAYOUT_REQUEST,
      sizes: { alb: { width: 120, height: 100 }, vpc: { width: 1, height: 1 } },
    });
    expect(find(g, 'alb')).toMatchObject({ width: 120, height: 100 });
    expect(find(g, 'vpc')!.width).toBeUndefined();
  });

  it('never makes a container narrower than its header: measured, else estimated', async () => {
    const doc = webApp();
    const measured = toElkGraph(doc, { ...DEFAULT_LAYOUT_REQUEST, headerWidths: { pub: 412 } });
    expect(find(measured, 'pub')!.layoutOptions!['elk.nodeSize.minimum']).toBe('(412,120)');
    const long = {
      ...doc.nodes.find((n) => n.id === 'priv')!,
      label: 'Private application tier A',
    };
    expect(estimatedHeaderWidth(long)).toBeGreaterThan(
      estimatedHeaderWidth({ ...long, label: '' }),
    );

    const { positions } = await laidOut(doc, {
      ...DEFAULT_LAYOUT_REQUEST,
      headerWidths: { pub: 412 },
    });
    expect(positions.pub!.size!.width).toBeGreaterThanOrEqual(412);
  });

  it('applies the direction and spacing presets on every level', () => {
    const compact = toElkGraph(webApp(), { direction: 'DOWN', spacing: 'compact' });
    const roomy = toElkGraph(webApp(), { direction: 'DOWN', spacing: 'roomy' });
    for (const g of [compact, find(compact, 'sg')!])
      expect(g.layoutOptions!['elk.direction']).toBe('DOWN');
    const gap = (g: ElkNode) => Number(g.layoutOptions!['elk.spacing.nodeNode']);
    expect(gap(roomy)).toBeGreaterThan(gap(compact));
    expect(gap(find(roomy, 'vpc')!)).toBe(gap(roomy));
  });

  it('leaves out self-loops and edges between a node and its own ancestor', () => {
    const doc = webApp();
    doc.edges.push(edge('alb', 'alb'), edge('gd', 'acc', 'monitors'), edge('vpc', 'ec2a'));
    const ids = toElkGraph(doc, DEFAULT_LAYOUT_REQUEST).edges!.map((e) => e.id);
    expect(ids).not.toContain('e-alb-alb');
    expect(ids).not.toContain('e-gd-acc');
    expect(ids).not.toContain('e-vpc-ec2a');
    expect(ids).toContain('e-gd-vpc');
  });

  it('scopes to one container: its subtree only, edges inside it only, its position as the root', () => {
    const doc = webApp();
    doc.nodes.find((n) => n.id === 'vpc')!.position = { x: 300, y: 120 };
    const g = toElkGraph(doc, { ...DEFAULT_LAYOUT_REQUEST, rootId: 'vpc' });
    expect(g).toMatchObject({ id: 'vpc', x: 300, y: 120 });
    expect(g.layoutOptions!['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(g.children!.map((c) => c.id)).toEqual(['igw', 'pub', 'priv', 'empty']);
    expect(g.edges!.map((e) => e.id).sort()).toEqual(['e-alb-ec2a', 'e-alb-ec2b']);
  });
});

describe('fromElkLayout', () => {
  it('copies positions and only container sizes, skipping the synthetic root', () => {
    const result: ElkNode = {
      id: LAYOUT_ROOT_ID,
      x: 0,
      y: 0,
      width: 900,
      height: 500,
      children: [
        { id: 'internet', x: 0, y: 12.4, width: 96, height: 88 },
        {
          id: 'vpc',
          x: 150,
          y: 0,
          width: 300.2,
          height: 200,
          children: [{ id: 'ec2', x: 20, y: 44, width: 120, height: 90 }],
        },
      ],
      edges: [{ id: 'e1', sources: ['internet'], targets: ['ec2'], sections: [] }],
    };
    expect(fromElkLayout(result)).toEqual({
      internet: { position: { x: 0, y: 12 } },
      vpc: { position: { x: 150, y: 0 }, size: { width: 301, height: 200 } },
      ec2: { position: { x: 20, y: 44 } },
    });
  });
});

describe('real ELK layouts (elk.bundled.js in Node)', () => {
  it('lays out the web app tidily: no overlaps, children inside parents, internet first', async () => {
    const { positions, doc } = await laidOut(webApp());
    expect(checkLayout(doc)).toEqual([]);
    // positions for nodes only, never for edges or the synthetic root
    expect(Object.keys(positions).sort()).toEqual(
      webApp()
        .nodes.map((n) => n.id)
        .sort(),
    );
    // sizes for containers only
    for (const [id, p] of Object.entries(positions))
      expect(p.size !== undefined, id).toBe(
        ['acc', 'vpc', 'pub', 'priv', 'sg', 'empty'].includes(id),
      );
    // traffic reads left to right: internet, then CloudFront, then the ALB, then EC2
    const order = ['internet', 'cf', 'alb', 'ec2a'].map((id) => absoluteX(doc, id));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(new Set(order).size).toBe(4);
  });

  it('lays out top to bottom when asked', async () => {
    const { doc } = await laidOut(webApp(), { direction: 'DOWN', spacing: 'compact' });
    expect(checkLayout(doc)).toEqual([]);
    const y = (id: string) => doc.nodes.find((n) => n.id === id)!.position!.y;
    expect(y('internet')).toBeLessThan(y('acc'));
  });

  it('keeps a scoped container in place, lays out only its subtree and grows its ancestors', async () => {
    const before = (await laidOut(webApp())).doc;
    const vpcBefore = before.nodes.find((n) => n.id === 'vpc')!;
    const { positions, doc } = await laidOut(before, {
      direction: 'DOWN',
      spacing: 'roomy',
      rootId: 'vpc',
    });
    expect(positions.vpc.position).toEqual(vpcBefore.position);
    // the subtree, the account that grew to keep the taller VPC inside, and the VPC's
    // siblings beyond its old edge, moved aside so that nothing lies under it
    expect(Object.keys(positions).sort()).toEqual([
      'acc',
      'alb',
      'ec2a',
      'ec2b',
      'empty',
      'gd',
      'hub',
      'igw',
      'priv',
      'pub',
      'sg',
      'vpc',
    ]);
    for (const moved of ['gd', 'hub']) {
      const was = before.nodes.find((n) => n.id === moved)!.position!;
      const now = positions[moved]!.position;
      expect(now.x >= was.x && now.y >= was.y && (now.x > was.x || now.y > was.y)).toBe(true);
    }
    const accBefore = before.nodes.find((n) => n.id === 'acc')!;
    const accAfter = doc.nodes.find((n) => n.id === 'acc')!;
    expect(accAfter.position).toEqual(accBefore.position);
    expect(accAfter.size!.width).toBeGreaterThan(accBefore.size!.width);
    // tidy inside; the grown account may now touch its own siblings at top level
    const problems = checkLayout(doc).filter(
      (p) => !(p.type === 'overlap' && p.nodes.includes('acc')),
    );
    expect(problems).toEqual([]);
    // nodes outside the scope that were not in the way did not move
    for (const id of ['internet', 'cf', 'waf'])
      expect(doc.nodes.find((n) => n.id === id)!.position).toEqual(
        before.nodes.find((n) => n.id === id)!.position,
      );
  });

  it('handles a flat diagram and a diagram with only empty containers', async () => {
    const flat = diagram(
      [node('a', 'internet'), node('b', 'cloudfront'), node('c', 's3')],
      [edge('a', 'b'), edge('b', 'c')],
    );
    expect(checkLayout((await laidOut(flat)).doc)).toEqual([]);
    const empties = diagram([node('v1', 'vpc'), node('v2', 'vpc')]);
    const { positions } = await laidOut(empties);
    expect(positions.v1.size).toEqual({ width: 780, height: 540 });
    expect(checkLayout(setLayout(empties, positions))).toEqual([]);
  });
});
