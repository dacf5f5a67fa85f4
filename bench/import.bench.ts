/**
 * Opening infrastructure in Node: a generated CloudFormation template of 1,000
 * resources, the whole conversion (detect, read, build, then `importDiagram` of the
 * result, as the app and the CLI run it) against importing the resulting diagram as a
 * JSON document (its `exportDiagram` text). The ratio is what reading a template costs
 * over reading the same diagram in the playground's own format. Goal: ≤ 3.
 *
 * The template is timed in YAML, as people write it, and in JSON (the same template,
 * the short forms in their long form), then split into its steps: the YAML parser
 * (the `yaml` package) alone, the reader, the builder and the import. Runs alternate
 * between the template and the document so that drift hits both alike.
 *
 * Two more ratios: building the diagram against importing the document it builds
 * as JSON (information: what building adds beside reading the diagram it makes), and the
 * same estate at 4× the resources against 4 runs of 1×, for the whole conversion and
 * the build alone (goal ≤ 1.5: linear is 1, a step quadratic in the resources would make
 * it 4).
 */
import { parseDocument } from 'yaml';
import { exportDiagram } from '../src/domain/document/export';
import { importDiagram } from '../src/domain/document/import';
import type { Diagram } from '../src/domain/document/types';
import type { SourceFile } from '../src/domain/importers';
import { convertInfrastructure } from '../src/domain/importers';
import { buildDiagram } from '../src/domain/importers/build';
import { readCloudFormation } from '../src/domain/importers/cloudformation';
import { CLOUDFORMATION_TAGS } from '../src/domain/importers/cloudformation/yamlTags';
import { parseHclNode } from '../src/cli/hclParser';
import { generateCloudFormationYaml, generateTerraformHcl } from './generateTemplate';
import { median, ms, ratio, timeMedian } from './stats';

const GOAL = 3;
/**
 * Linear is 1. Linear code measures up to about 1.4 here: the larger maps and heap no
 * longer fit in the caches (the builder's constructor, which only fills maps, grows as
 * much). A step quadratic in the resources would make it 4.
 */
const SCALING_GOAL = 1.5;
const RESOURCES = 1000;
const RUNS = 9;
/** For steps of a few milliseconds, where one disturbed run weighs more. */
const SHORT_RUNS = 31;

/** The conversion as the callers run it; throws when the template is refused. */
async function openTemplate(file: SourceFile): Promise<Diagram> {
  const converted = await convertInfrastructure([file], { parseHcl: parseHclNode });
  if (!converted.ok) throw new Error(`template refused: ${converted.errors[0]?.message.en}`);
  const imported = importDiagram(converted.document);
  if (!imported.ok) throw new Error(`built document refused: ${imported.errors[0]?.message.en}`);
  return imported.doc;
}

async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Median times of `a` and of `b`, over runs that alternate so that drift hits both alike. */
async function alternating(a: () => unknown, b: () => unknown, runs = RUNS) {
  await a(); // warm-up (JIT)
  await b();
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    aTimes.push(await timed(a));
    bTimes.push(await timed(b));
  }
  const aMs = median(aTimes);
  const bMs = median(bTimes);
  return { aMs, bMs, ratio: aMs / bMs };
}

/** Median times of the template's conversion and of its diagram's JSON import. */
async function compare(file: SourceFile, json: string) {
  const r = await alternating(
    () => openTemplate(file),
    () => importDiagram(json),
  );
  return { templateMs: r.aMs, documentMs: r.bMs, ratio: r.ratio };
}

/** `1.23× (goal ≤ 3) OK`: a ratio against its goal. */
function against(value: number, goal: number): string {
  return `${ratio(value)} (goal ≤ ${goal}) ${value <= goal ? 'OK' : 'OVER'}`;
}

function report(name: string, r: { templateMs: number; documentMs: number; ratio: number }) {
  console.log(
    `  ${name}: template ${ms(r.templateMs)} vs its diagram's JSON ${ms(r.documentMs)} = ${against(r.ratio, GOAL)}`,
  );
}

export async function benchImport() {
  const { text: yamlText, resources } = generateCloudFormationYaml(RESOURCES);
  const yamlFile = { name: 'estate.yaml', text: yamlText };
  const doc = await openTemplate(yamlFile);
  const json = exportDiagram(doc);
  // The same template in JSON: YAML's value, short forms already in their long form.
  const jsonText = JSON.stringify(
    parseDocument(yamlText, { customTags: CLOUDFORMATION_TAGS }).toJS(),
    null,
    2,
  );
  const jsonFile = { name: 'estate.json', text: jsonText };
  console.log(
    `  ${resources} resources (${(yamlText.length / 1024).toFixed(0)} KB YAML, ${(jsonText.length / 1024).toFixed(0)} KB JSON) → ${doc.nodes.length} nodes, ${doc.edges.length} edges`,
  );
  const yaml = await compare(yamlFile, json);
  report('YAML', yaml);
  const jsonTemplate = await compare(jsonFile, json);
  report('JSON', jsonTemplate);

  const read = readCloudFormation(yamlText);
  if (!read.ok) throw new Error('template refused');
  const built = buildDiagram(read.model);
  const steps = {
    yamlParserMs: await timeMedian(RUNS, () =>
      parseDocument(yamlText, { customTags: CLOUDFORMATION_TAGS, uniqueKeys: false }),
    ),
    readYamlMs: await timeMedian(RUNS, () => readCloudFormation(yamlText)),
    readJsonMs: await timeMedian(RUNS, () => readCloudFormation(jsonText)),
    buildMs: await timeMedian(RUNS, () => buildDiagram(read.model)),
    importBuiltMs: await timeMedian(RUNS, () => importDiagram(built.document)),
  };
  console.log(
    `  steps: YAML read ${ms(steps.readYamlMs)} (of which the yaml package's parser ${ms(steps.yamlParserMs)}), JSON read ${ms(steps.readJsonMs)}, build ${ms(steps.buildMs)}, importDiagram ${ms(steps.importBuiltMs)}`,
  );
  const builtJson = JSON.stringify(built.document);
  const build = await alternating(
    () => buildDiagram(read.model),
    () => importDiagram(builtJson),
    SHORT_RUNS,
  );
  console.log(
    `  build vs importing the document it builds, as JSON: ${ms(build.aMs)} vs ${ms(build.bMs)} = ${ratio(build.ratio)} (information)`,
  );
  return {
    resources,
    nodes: doc.nodes.length,
    edges: doc.edges.length,
    yaml,
    json: jsonTemplate,
    steps,
    build,
    scaling: await benchScaling(yamlFile),
    terraform: await benchTerraformHcl(),
  };
}

/**
 * The YAML estate at 4× the resources against four runs of 1×: each timed run covers
 * the same resources, so a machine's other work disturbs both alike.
 */
async function benchScaling(oneFile: SourceFile) {
  const { text, resources } = generateCloudFormationYaml(RESOURCES * 4);
  const fourFile = { name: 'estate.yaml', text };
  const [one, four] = [oneFile, fourFile].map((file) => {
    const read = readCloudFormation(file.text);
    if (!read.ok) throw new Error('template refused');
    return read.model;
  });
  const fourTimes = async (work: () => unknown) => {
    for (let i = 0; i < 4; i++) await work();
  };
  const conversion = await alternating(
    () => openTemplate(fourFile),
    () => fourTimes(() => openTemplate(oneFile)),
  );
  const build = await alternating(
    () => buildDiagram(four),
    () => fourTimes(() => buildDiagram(one)),
    SHORT_RUNS,
  );
  console.log(`  ${resources} resources against 4 × ${RESOURCES}, the same YAML estate:`);
  for (const [name, r] of [
    ['whole conversion', conversion],
    ['build', build],
  ] as const) {
    console.log(`    ${name}: ${ms(r.aMs)} vs ${ms(r.bMs)} = ${against(r.ratio, SCALING_GOAL)}`);
  }
  return { resources, conversion, build };
}

/**
 * Terraform HCL apart: its parser is Go compiled to WebAssembly (`@cdktf/hcl2json`),
 * which no JavaScript-side change can speed up, so its share is printed with it.
 */
async function benchTerraformHcl() {
  const { text, resources } = generateTerraformHcl(RESOURCES);
  const file = { name: 'main.tf', text };
  const doc = await openTemplate(file);
  const r = await compare(file, exportDiagram(doc));
  const parserMs = await timeMedian(RUNS, () => parseHclNode(file.name, text));
  console.log(
    `  Terraform HCL, ${resources} resources (${(text.length / 1024).toFixed(0)} KB) → ${doc.nodes.length} nodes, ${doc.edges.length} edges`,
  );
  report('HCL', r);
  console.log(`  of which the HCL parser (WebAssembly) ${ms(parserMs)}`);
  return { resources, nodes: doc.nodes.length, edges: doc.edges.length, ...r, parserMs };
}
