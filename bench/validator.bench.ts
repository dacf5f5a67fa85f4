/**
 * The validator in Node on generated diagrams of 1,000, 10,000 and 50,000 nodes: the
 * median time of a whole run (index + every rule) and how it grows. Linear means
 * about 10× the time for 10× the nodes. Goal: 10,000 nodes in under 100 ms.
 */
import { importDiagram } from '../src/domain/document/import';
import { runRules } from '../src/domain/rules/engine';
import { generateDiagram } from './generate';
import { ms, ratio, timeMedian } from './stats';

export async function benchValidator() {
  const sizes = [1000, 10000, 50000];
  const times: Record<number, number> = {};
  const findings: Record<number, number> = {};
  for (const size of sizes) {
    const imported = importDiagram(JSON.stringify(generateDiagram(size)));
    if (!imported.ok)
      throw new Error(`generated diagram did not import: ${imported.errors[0]?.message.en}`);
    const doc = imported.doc;
    runRules(doc); // warm-up
    times[size] = await timeMedian(size >= 50000 ? 3 : 7, () => runRules(doc));
    findings[size] = runRules(doc).findings.length;
    console.log(
      `  ${doc.nodes.length} nodes, ${doc.edges.length} edges: ${ms(times[size])} per run, ${findings[size]} findings`,
    );
  }
  const growth10x = times[10000] / times[1000];
  const growth5x = times[50000] / times[10000];
  console.log(`  growth for 10× the nodes (1k → 10k): ${ratio(growth10x)} (goal about 10)`);
  console.log(`  growth for 5× the nodes (10k → 50k): ${ratio(growth5x)} (linear: about 5)`);
  console.log(
    `  10,000 nodes: ${ms(times[10000])} (goal < 100 ms) ${times[10000] < 100 ? 'OK' : 'OVER'}`,
  );
  return { times, findings, growth10x, growth5x };
}
