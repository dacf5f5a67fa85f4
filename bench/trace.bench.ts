/**
 * The traffic trace and the exposure map in Node, on generated diagrams that have every
 * layer a trace evaluates (VPCs, public and private subnets, security groups, custom
 * NACLs, an internet-facing ALB, EC2, RDS). Each time is a ratio to one validator run
 * on the same diagram, so the goals hold on any machine: the exposure map (a trace per
 * node and port) within 3× a validator run on 1,000 and 10,000 nodes, and one trace
 * within 0.5× on 10,000 nodes.
 */
import { importDiagram } from '../src/domain/document/import';
import type { Diagram } from '../src/domain/document/types';
import { runRules } from '../src/domain/rules/engine';
import type { TraceQuestion } from '../src/domain/trace';
import { exposureMap, trace } from '../src/domain/trace';
import { generateNetworkDiagram } from './generate';
import { ms, ratio, timeMedian } from './stats';

const EXPOSURE_GOAL = 3;
const TRACE_GOAL = 0.5;

function importGenerated(size: number): Diagram {
  const imported = importDiagram(JSON.stringify(generateNetworkDiagram(size)));
  if (!imported.ok)
    throw new Error(`generated diagram did not import: ${imported.errors[0]?.message.en}`);
  return imported.doc;
}

/** The median time of `fn` after one warm-up run. */
async function timeWarm(runs: number, fn: () => unknown): Promise<number> {
  fn();
  return timeMedian(runs, fn);
}

function verdict(value: number, goal: number): string {
  return `(goal ≤ ${goal}) ${value <= goal ? 'OK' : 'OVER'}`;
}

/** The last account block of the diagram that has both a database and an instance behind its ALB. */
function deepQuestions(doc: Diagram): { label: string; question: TraceQuestion }[] {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const blocks = doc.nodes.filter((n) => n.kind === 'rds').map((n) => n.id.slice('db-'.length));
  const b = blocks.reverse().find((x) => ids.has(`ec2-${x}-2-0`));
  if (b === undefined) throw new Error('the generated diagram has no complete account block');
  return [
    {
      label: `internet → db-${b} on 3306`,
      question: { from: 'internet', to: `db-${b}`, port: 3306 },
    },
    {
      label: `internet → ec2-${b}-2-0 (behind alb-${b}) on 443`,
      question: { from: 'internet', to: `ec2-${b}-2-0`, port: 443 },
    },
  ];
}

export async function benchTrace() {
  const exposure: Record<number, { validatorMs: number; exposureMs: number; ratio: number }> = {};
  let bigDoc: Diagram | undefined;
  let bigValidatorMs = 0;
  for (const size of [1000, 10000]) {
    const doc = importGenerated(size);
    const validatorMs = await timeWarm(size >= 10000 ? 5 : 9, () => runRules(doc));
    const exposureMs = await timeWarm(size >= 10000 ? 5 : 9, () => exposureMap(doc));
    const exposed = exposureMap(doc).nodes.length;
    const r = exposureMs / validatorMs;
    exposure[size] = { validatorMs, exposureMs, ratio: r };
    console.log(
      `  ${doc.nodes.length} nodes: exposure map ${ms(exposureMs)} (${exposed} exposed) vs validator ${ms(validatorMs)} = ${ratio(r)} ${verdict(r, EXPOSURE_GOAL)}`,
    );
    if (size === 10000) {
      bigDoc = doc;
      bigValidatorMs = validatorMs;
    }
  }
  const traces: Record<string, { ms: number; ratio: number; reachable: boolean }> = {};
  for (const { label, question } of deepQuestions(bigDoc!)) {
    const doc = bigDoc!;
    const traceMs = await timeWarm(9, () => trace(doc, question));
    const result = trace(doc, question);
    const r = traceMs / bigValidatorMs;
    traces[label] = { ms: traceMs, ratio: r, reachable: result.reachable };
    const answer = result.reachable
      ? `reachable via ${result.path.join(' → ')}`
      : `unreachable (${result.blocked?.code} at ${result.blocked?.node})`;
    console.log(
      `  one trace ${label}, ${doc.nodes.length} nodes: ${ms(traceMs)}, ${answer} = ${ratio(r)} of the validator ${verdict(r, TRACE_GOAL)}`,
    );
  }
  return { exposure, traces };
}
