/**
 * Every file in presets/ is a preset the gallery shows (it loads them all with
 * import.meta.glob), so every file is checked here: it imports through the one import
 * path without a warning or repair, the validator reports exactly its `expect`, both
 * languages are written, it looks tidy when opened, and each challenge can be solved
 * (by its written solution in challengeSolutions.ts, else by one-click fixes alone),
 * and each suggested trace gives the answer its `expect` says: a reference as shipped,
 * a challenge once solved (and a challenge starts unsolved: an error or an unmet goal).
 * Adding a preset needs no change here; a broken one fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { differsOnlyInGeometry } from '../src/domain/document/geometryOnly';
import { importDiagram } from '../src/domain/document/import';
import { presetLabel } from '../src/domain/document/presetLabels';
import type { Diagram, Localized } from '../src/domain/document/types';
import { KINDS } from '../src/domain/kinds/catalogue';
import type { KindId } from '../src/domain/kinds/types';
import { runRules } from '../src/domain/rules/engine';
import { compareWithExpect, expectationKey } from '../src/domain/rules/expectations';
import { RULES_BY_ID } from '../src/domain/rules/registry';
import { checkLayout } from '../src/layout/checkLayout';
import { challengeProgress } from '../src/presets/challengeProgress';
import { goalStatus, traceGoals } from '../src/presets/traceGoals';
import { applyOneClickFixes, CHALLENGE_SOLUTIONS } from './challengeSolutions';

const DIR = dirname(fileURLToPath(import.meta.url));
/** The TypeScript beside the presets: this test and the challenge solutions. */
const CODE_FILE = /\.ts$/;

/** Every service of the seed notes, as kind ids (kinds.md). */
const SEED_KINDS: readonly KindId[] = [
  'vpc',
  'subnet',
  'network-acl',
  'security-group',
  'ids-ips',
  'waf',
  'firewall-manager',
  'network-firewall',
  'shield',
  'guardduty',
  'security-hub',
  'inspector',
  'codeguru',
  'macie',
  'detective',
  'cloudfront',
  'alb',
  'organization',
];

/** AWS certification exam codes a preset may be tagged with. */
const EXAMS = new Set(['CLF', 'SAA', 'SAP', 'SCS', 'ANS', 'DVA', 'SOA', 'DOP']);

/** Kana or kanji: a Japanese text that is not English copied over. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface LoadedPreset {
  file: string;
  doc: Diagram;
}

const files = readdirSync(DIR)
  .filter((f) => !CODE_FILE.test(f))
  .sort();

function load(file: string): LoadedPreset {
  const result = importDiagram(readFileSync(join(DIR, file), 'utf8'));
  if (!result.ok) {
    const reasons = result.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ');
    throw new Error(`${file} is refused: ${reasons}`);
  }
  return { file, doc: result.doc };
}

function presetOf({ file, doc }: LoadedPreset) {
  if (!doc.preset) throw new Error(`${file} has no preset block`);
  return doc.preset;
}

const presets = files.filter((f) => f.endsWith('.json')).map(load);

function describeFindings(doc: Diagram): string {
  return runRules(doc)
    .findings.map((f) => expectationKey(f.rule, f.nodes))
    .join(', ');
}

describe('the preset collection', () => {
  it('holds only preset JSON files besides its TypeScript', () => {
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('has at least 14 presets, 5 references and 5 challenges', () => {
    const modes = presets.map((p) => presetOf(p).mode);
    expect(presets.length).toBeGreaterThanOrEqual(14);
    expect(modes.filter((m) => m === 'reference').length).toBeGreaterThanOrEqual(5);
    expect(modes.filter((m) => m === 'challenge').length).toBeGreaterThanOrEqual(5);
  });

  it('uses every service of the seed notes somewhere', () => {
    const used = new Set(presets.flatMap((p) => p.doc.nodes.map((n) => n.kind)));
    expect(SEED_KINDS.filter((k) => !used.has(k))).toEqual([]);
  });

  it('draws every kind of the catalogue in at least one preset', () => {
    const used = new Set(presets.flatMap((p) => p.doc.nodes.map((n) => n.kind)));
    expect(KINDS.map((k) => k.id).filter((k) => !used.has(k))).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = presets.map((p) => presetOf(p).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suggests traces in at least three challenges and in the NACL and security-group references', () => {
    const withTraces = presets.filter((p) => (presetOf(p).traces ?? []).length > 0);
    const challenges = withTraces.filter((p) => presetOf(p).mode === 'challenge');
    expect(challenges.length).toBeGreaterThanOrEqual(3);
    const ids = withTraces.map((p) => presetOf(p).id);
    expect(ids).toContain('nacl-and-security-groups');
    expect(ids).toContain('cloudfront-waf-alb');
  });

  it('has written solutions only for challenges that exist', () => {
    const challenges = new Set(
      presets.filter((p) => presetOf(p).mode === 'challenge').map((p) => presetOf(p).id),
    );
    expect(Object.keys(CHALLENGE_SOLUTIONS).filter((id) => !challenges.has(id))).toEqual([]);
  });
});

describe.each(files.filter((f) => f.endsWith('.json')))('preset %s', (file) => {
  it('imports through importDiagram with no warning or repair and needs no layout', () => {
    const result = importDiagram(readFileSync(join(DIR, file), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => `${w.path}: ${w.message.en}`)).toEqual([]);
    expect(result.needsLayout).toBe(false);
    expect(result.doc.preset).toBeDefined();
  });

  const loaded = () => presets.find((p) => p.file === file)!;

  it('is named after its id', () => {
    expect(`${presetOf(loaded()).id}.json`).toBe(file);
  });

  it('is written in English and Japanese, with exam tags', () => {
    const preset = presetOf(loaded());
    const texts: [string, Localized][] = [
      ['title', preset.title],
      ['scenario', preset.scenario],
      ['lesson', preset.lesson],
      ...(preset.traces ?? []).map((t, k): [string, Localized] => [`traces[${k}].label`, t.label]),
    ];
    for (const [field, text] of texts) {
      expect(text.en.trim(), `${field}.en`).not.toBe('');
      expect(JAPANESE.test(text.en), `${field}.en is English`).toBe(false);
      expect(JAPANESE.test(text.ja), `${field}.ja is Japanese`).toBe(true);
    }
    expect(loaded().doc.title?.trim()).toBeTruthy();
    expect(preset.exam.length).toBeGreaterThan(0);
    expect(preset.exam.filter((e) => !EXAMS.has(e))).toEqual([]);
  });

  it('gives every labelled node its label in English and Japanese (preset.labels)', () => {
    const preset = presetOf(loaded());
    const labelled = loaded().doc.nodes.filter((n) => n.label !== undefined);
    for (const node of labelled) {
      const en = presetLabel(preset, node.id, 'en');
      const ja = presetLabel(preset, node.id, 'ja');
      expect(en, `labels.${node.id}.en is the node's label`).toBe(node.label);
      expect(ja?.trim(), `labels.${node.id}.ja`).toBeTruthy();
    }
    const labelledIds = new Set(labelled.map((n) => n.id));
    const extra = Object.keys(preset.labels ?? {}).filter((id) => !labelledIds.has(id));
    expect(extra, 'labels of nodes that are not drawn or have no label').toEqual([]);
  });

  it('suggests traces only between nodes it draws (or the internet)', () => {
    const ids = new Set(['internet', ...loaded().doc.nodes.map((n) => n.id)]);
    const ends = (presetOf(loaded()).traces ?? []).flatMap((t) => [t.question.from, t.question.to]);
    expect(ends.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gets exactly the findings its expect lists', () => {
    const { doc } = loaded();
    const diff = compareWithExpect(runRules(doc).findings, presetOf(loaded()).expect);
    expect(
      {
        missing: diff.missing.map((e) => expectationKey(e.rule, e.nodes)),
        unexpected: diff.unexpected.map((f) => expectationKey(f.rule, f.nodes)),
      },
      `validator reports: ${describeFindings(doc)}`,
    ).toEqual({ missing: [], unexpected: [] });
    // An acceptance shipped with a preset must accept something (else the panel lists it as no longer found).
    expect(runRules(doc).unusedAccepted).toEqual([]);
  });

  it('gets the same findings wherever its services are drawn (the findings store relies on it)', () => {
    const { doc } = loaded();
    // Every node elsewhere and every container another size: rules must not read geometry.
    const scrambled: Diagram = {
      ...doc,
      nodes: doc.nodes.map((node, i) => ({
        ...node,
        position: { x: (i * 7919) % 3001, y: (i * 104729) % 2003 },
        ...(node.size ? { size: { width: node.size.width + 37 * i, height: 50 + i } } : {}),
      })),
    };
    expect(differsOnlyInGeometry(doc, scrambled)).toBe(true);
    expect(describeFindings(scrambled)).toBe(describeFindings(doc));
  });

  it('expects errors only when it is a challenge, and explains what a reference accepts', () => {
    const preset = presetOf(loaded());
    const severities = preset.expect.map((e) => RULES_BY_ID.get(e.rule)?.meta.severity);
    expect(severities).not.toContain(undefined);
    if (preset.mode === 'challenge') {
      // Something to solve: an error, or a goal trace that does not answer as expected yet.
      const { doc } = loaded();
      const start = challengeProgress(runRules(doc).findings, [], traceGoals(doc, preset.traces));
      expect(start.solved).toBe(false);
      return;
    }
    expect(severities).not.toContain('error');
    // Each accepted note is justified in the lesson, in both languages.
    for (const { rule } of preset.expect) {
      expect(preset.lesson.en).toContain(rule);
      expect(preset.lesson.ja).toContain(rule);
    }
  });

  it('gives each suggested trace the answer its expect says (a challenge once solved)', () => {
    const preset = presetOf(loaded());
    const shipped = loaded().doc;
    const solution = CHALLENGE_SOLUTIONS[preset.id];
    const finished = preset.mode === 'challenge' && solution ? solution.solve(shipped) : shipped;
    const wrong = (preset.traces ?? [])
      .map((t, k) => ({ k, shipped: goalStatus(shipped, t), finished: goalStatus(finished, t) }))
      // Every trace can be run as shipped; a goal is met in the finished design.
      .filter((g) => g.shipped === 'unanswerable' || (g.finished && g.finished !== 'met'));
    expect(wrong).toEqual([]);
  });

  it('is laid out: every node placed, no overlaps, children inside their parents', () => {
    expect(checkLayout(loaded().doc)).toEqual([]);
  });

  it('when a challenge, can be solved: no error is left afterwards', () => {
    const preset = presetOf(loaded());
    if (preset.mode !== 'challenge') return;
    // A challenge without a written solution must be solvable by one-click fixes alone.
    const solution = CHALLENGE_SOLUTIONS[preset.id];
    const solved = solution
      ? solution.solve(loaded().doc)
      : applyOneClickFixes(loaded().doc, [...RULES_BY_ID.keys()]);
    const findings = runRules(solved).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
    expect(challengeProgress(findings, [], traceGoals(solved, preset.traces)).solved).toBe(true);
    if (!solution) return;
    const diff = compareWithExpect(findings, solution.after);
    expect(diff.missing).toEqual([]);
    expect(diff.unexpected.map((f) => expectationKey(f.rule, f.nodes))).toEqual([]);
  });
});
