/**
 * Fuzzing the one import path: generated files, valid and broken, go
 * through `importDiagram`. It never throws; a refusal lists its errors; every accepted
 * document satisfies the invariants, the validator and the trace run on it without
 * throwing, and export → import gives it back exactly.
 *
 * Reproducible: the seed is fixed (DEFAULT_FUZZ_SEED) and printed with any failure;
 * `FUZZ_SEED=123 npx vitest run src/domain/document/import.fuzz.test.ts` runs with
 * another, `FUZZ_PATH` replays one reported counterexample, `FUZZ_RUNS=10` runs ten
 * times as many cases and `FUZZ_SHRINK=1` shrinks a failure to a smaller one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FileBlueprint, JsonObject, QuestionPick } from './arbitraries';
import {
  fuzzParameters,
  fuzzTimeout,
  mutatedBlueprintArb,
  nestedChainFile,
  questionPicksArb,
  renderFile,
  validBlueprintArb,
} from './arbitraries';
import type { ImportResult } from './import';
import { importDiagram } from './import';
import { exportDiagram } from './export';
import { documentViolations } from './invariants';
import type { Diagram } from './types';
import { runRules } from '../rules/engine';
import { INTERNET, exposureMap, trace } from '../trace';
import type { TraceQuestion } from '../trace';

const PRESETS = new URL('../../../presets/', import.meta.url);
const SEEDS: JsonObject[] = readdirSync(PRESETS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, PRESETS), 'utf8')) as JsonObject);

/**
 * Every check of an accepted document; throws (with what broke) when one fails. Plain
 * comparisons first and `expect` only for the report: this runs ten thousand times.
 */
function checkAccepted(doc: Diagram, picks: readonly QuestionPick[]): void {
  const violations = documentViolations(doc);
  if (violations.length > 0) expect(violations).toEqual([]);

  const ruleErrors: string[] = [];
  runRules(doc, { onRuleError: (rule, error) => ruleErrors.push(`${rule}: ${String(error)}`) });
  if (ruleErrors.length > 0) expect(ruleErrors).toEqual([]);

  exposureMap(doc);
  for (const question of questionsFor(doc, picks)) {
    try {
      trace(doc, question);
    } catch (error) {
      // Only an id the diagram lacks may be refused, and the questions ask for none.
      throw new Error(`trace ${JSON.stringify(question)} threw: ${String(error)}`, {
        cause: error,
      });
    }
  }

  const text = exportDiagram(doc);
  const again = importDiagram(text);
  // Warnings may recur (a malformed CIDR is kept as written); the document may not change.
  if (!again.ok) expect(issueTexts(again)).toEqual([]);
  else if (!isDeepStrictEqual(again.doc, doc)) {
    expect(again.doc).toEqual(doc);
    throw new Error('export → import changed the document (an undefined field or -0)');
  }
  if (again.ok && exportDiagram(again.doc) !== text) expect(exportDiagram(again.doc)).toBe(text);
}

/** Questions between the document's nodes (pick 0 is the internet), never a node to itself. */
function questionsFor(doc: Diagram, picks: readonly QuestionPick[]): TraceQuestion[] {
  const ids = doc.nodes.map((n) => n.id);
  const end = (pick: number) =>
    pick === 0 || ids.length === 0 ? INTERNET : ids[pick % ids.length];
  const out: TraceQuestion[] = [];
  for (const p of picks) {
    const from = end(p.from);
    const to = end(p.to);
    if (from === to) continue;
    const isInternet = (id: string) =>
      id === INTERNET || doc.nodes.some((n) => n.id === id && n.kind === 'internet');
    out.push({
      from,
      to,
      port: p.port,
      protocol: p.protocol,
      // trace.md: a threat goes towards a node, a source range narrows the internet only.
      threat: isInternet(to) ? 'none' : p.threat,
      mode: p.mode,
      ...(p.fromCidr !== undefined && isInternet(from) ? { fromCidr: p.fromCidr } : {}),
    });
  }
  return out;
}

/** A refusal is a list of located errors, never a hidden exception (`internal`). */
function checkRefused(result: ImportResult & { ok: false }): void {
  const unlocated = result.errors.filter(
    (e) => e.code === 'internal' || typeof e.path !== 'string' || !e.message.en || !e.message.ja,
  );
  if (result.errors.length === 0 || unlocated.length > 0) expect(issueTexts(result)).toEqual([]);
}

/** The warnings (or errors) of an import, as text for a readable failure. */
const issueTexts = (result: ImportResult): string[] =>
  (result.ok ? result.warnings : result.errors).map((i) => `${i.code}: ${i.message.en}`);

/** importDiagram catches everything itself; a throw that escapes it fails the property. */
const importBlueprint = (file: FileBlueprint): ImportResult => importDiagram(renderFile(file));

const SLOW = fuzzTimeout();

describe('import fuzzing', () => {
  it(
    'accepts every valid file without a warning, and all checks hold',
    () => {
      fc.assert(
        fc.property(validBlueprintArb(SEEDS), questionPicksArb, (file, picks) => {
          const result = importBlueprint(file);
          if (!result.ok || result.warnings.length > 0) {
            expect(issueTexts(result), 'a valid file is accepted cleanly').toEqual([]);
          }
          if (result.ok) checkAccepted(result.doc, picks);
        }),
        fuzzParameters(3000),
      );
    },
    SLOW,
  );

  it(
    'never throws on a broken file; whatever it accepts passes all checks',
    () => {
      let acceptedCount = 0;
      fc.assert(
        fc.property(mutatedBlueprintArb(SEEDS), questionPicksArb, (file, picks) => {
          const result = importBlueprint(file);
          if (!result.ok) return checkRefused(result);
          acceptedCount += 1;
          checkAccepted(result.doc, picks);
        }),
        fuzzParameters(7000),
      );
      // Mutations that leave nothing to repair would test little; most must still open.
      expect(acceptedCount).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'handles deep nesting: long parent chains and deeply nested values',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 50, max: 600 }),
          fc.constantFrom('vpc', 'subnet', 'security-group', 'account'),
          (depth, kind) => {
            const result = importBlueprint({
              value: nestedChainFile(depth, kind as 'vpc'),
              as: 'text',
              text: 'intact',
            });
            expect(result.ok).toBe(true);
            if (result.ok)
              checkAccepted(result.doc, [
                { from: 0, to: 1, port: 443, protocol: 'tcp', threat: 'none', mode: 'network' },
              ]);
          },
        ),
        fuzzParameters(8),
      );
    },
    SLOW,
  );
});
