/**
 * Auto layout in Node on generated diagrams of 100, 500 and 1,000 nodes: the app's
 * pipeline (toElkGraph + ELK + fromElkLayout, as the worker and the CLI run it) against
 * raw ELK on the very same ELK graph. The ratio is what the app adds on top of ELK.
 * Goal: ≤ 1.15. Runs alternate between the two so that drift hits both alike.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { importDiagram } from '../src/domain/document/import';
import { computeLayout } from '../src/layout/computeLayout';
import { DEFAULT_LAYOUT_REQUEST, toElkGraph } from '../src/layout/elkGraph';
import { generateDiagram } from './generate';
import { median, ms, ratio } from './stats';

const GOAL = 1.15;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function benchLayout() {
  const elk = new ELK();
  const sizes = [100, 500, 1000];
  const rawMs: Record<number, number> = {};
  const pipelineMs: Record<number, number> = {};
  const ratios: Record<number, number> = {};
  for (const size of sizes) {
    const imported = importDiagram(JSON.stringify(generateDiagram(size)));
    if (!imported.ok)
      throw new Error(`generated diagram did not import: ${imported.errors[0]?.message.en}`);
    const doc = imported.doc;
    // ELK writes its result into the graph it is given, so raw runs get fresh copies,
    // made before the clock starts.
    const graph = toElkGraph(doc, DEFAULT_LAYOUT_REQUEST);
    const runs = size >= 1000 ? 5 : 9;
    const raw: number[] = [];
    const pipeline: number[] = [];
    await elk.layout(structuredClone(graph)); // warm-up (JIT)
    await computeLayout(elk, doc, DEFAULT_LAYOUT_REQUEST);
    for (let i = 0; i < runs; i++) {
      const copy: ElkNode = structuredClone(graph);
      raw.push(await timed(() => elk.layout(copy)));
      pipeline.push(await timed(() => computeLayout(elk, doc, DEFAULT_LAYOUT_REQUEST)));
    }
    rawMs[size] = median(raw);
    pipelineMs[size] = median(pipeline);
    ratios[size] = pipelineMs[size] / rawMs[size];
    console.log(
      `  ${doc.nodes.length} nodes, ${doc.edges.length} edges: pipeline ${ms(pipelineMs[size])} vs raw ELK ${ms(rawMs[size])} = ${ratio(ratios[size])}`,
    );
  }
  const worstRatio = Math.max(...Object.values(ratios));
  console.log(
    `  worst ratio ${ratio(worstRatio)} (goal ≤ ${GOAL}) ${worstRatio <= GOAL ? 'OK' : 'OVER'}`,
  );
  return { rawMs, pipelineMs, ratios, worstRatio };
}
