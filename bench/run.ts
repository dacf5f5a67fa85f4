/**
 * `npm run bench`: builds the app and the bare React Flow baseline, then prints numbers
 * and ratios for every section. Speed goals are checked here, never by timed unit
 * tests. `npm run bench -- validator` runs one section.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { INITIAL_JS_BUDGET_KB, initialJs } from './bundle.bench';
import { BARE_DIST, benchCanvas, buildBareBaseline } from './canvas.bench';
import { ms, ratio } from './stats';

type Section = { name: string; run: () => Promise<Record<string, unknown>> };

const sections: Section[] = [
  {
    name: 'bundle',
    run: async () => {
      const r = initialJs();
      for (const f of r.files) console.log(`  ${f.file}: ${f.gzipKB.toFixed(1)} KB gzip`);
      console.log(
        `  initial JS: ${r.totalKB.toFixed(1)} KB gzip (budget ${INITIAL_JS_BUDGET_KB} KB) ${r.totalKB <= INITIAL_JS_BUDGET_KB ? 'OK' : 'OVER'}`,
      );
      return r;
    },
  },
  {
    name: 'canvas',
    run: async () => {
      buildBareBaseline();
      const r = await benchCanvas(1000);
      console.log(
        `  ${r.nodes} nodes: render app ${ms(r.appRenderMs)} vs bare ${ms(r.bareRenderMs)} = ${ratio(r.renderRatio)} (goal ≤ 1.5)`,
      );
      console.log(
        `  drag one node, main-thread tasks: app ${ms(r.appDragMs)} vs bare ${ms(r.bareDragMs)} = ${ratio(r.dragRatio)} (goal ≤ 1.5)`,
      );
      return r;
    },
  },
];

/** Sections kept in their own files; each module is loaded only when its section runs. */
const fileSections: Section[] = (
  [
    ['validator', './validator.bench', 'benchValidator'],
    ['trace', './trace.bench', 'benchTrace'],
    ['layout', './layout.bench', 'benchLayout'],
    ['browser', './browser.bench', 'benchBrowser'],
    ['export', './export.bench', 'benchExport'],
    ['import', './import.bench', 'benchImport'],
  ] as const
).map(([name, file, fn]) => ({
  name,
  run: async () => {
    const mod = (await import(file)) as Record<string, () => Promise<Record<string, unknown>>>;
    return mod[fn]();
  },
}));

/** Sections that run in Node only: asked for alone, they need no build of the app. */
const NODE_ONLY = new Set(['validator', 'trace', 'import']);

async function main() {
  const only = process.argv.slice(2);
  const all = [...sections, ...fileSections].filter((s) => !only.length || only.includes(s.name));
  if (!all.every((s) => NODE_ONLY.has(s.name))) {
    mkdirSync(BARE_DIST, { recursive: true });
    console.log('Building the app…');
    execSync('npx vite build', { stdio: 'ignore' });
  }
  const out: Record<string, unknown> = { date: new Date().toISOString() };
  let failed = false;
  for (const s of all) {
    console.log(`\n[${s.name}]`);
    try {
      out[s.name] = await s.run();
    } catch (err) {
      failed = true;
      console.log(`  failed: ${(err as Error).message}`);
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify(out, null, 2));
  console.log('\nNumbers written to bench/results/latest.json');
  process.exit(failed ? 1 : 0);
}

await main();
