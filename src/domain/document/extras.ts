/**
 * The optional top-level blocks of a document: `accepted` (findings the user accepted
 * with a reason) and `preset` (format.md "Presets"). Both are rebuilt with known
 * fields only; what cannot be kept is dropped with a warning.
 */
import type { AcceptedFinding, Localized, PresetExpectation, PresetInfo } from './types';
import type { IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { capText, isAbsent, isRecord, own, reportUnknownFields } from './read';
import type { JsonRecord } from './read';
import { readPresetLabels } from './presetLabels';
import { readPresetTraces } from './presetTraces';

const ACCEPTED_FIELDS = new Set(['rule', 'node', 'reason']);

export function readAccepted(
  value: unknown,
  nodeExists: (id: string) => boolean,
  report: IssueSink,
): AcceptedFinding[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    report(makeIssue('list-dropped', 'accepted', value));
    return undefined;
  }
  const out: AcceptedFinding[] = [];
  const firstPathOf = new Map<string, string>();
  value.forEach((entry: unknown, k) => {
    const path = at('accepted', k);
    const rule = isRecord(entry) ? own(entry, 'rule') : undefined;
    const node = isRecord(entry) ? own(entry, 'node') : undefined;
    const reason = isRecord(entry) ? own(entry, 'reason') : undefined;
    if (typeof rule !== 'string' || typeof node !== 'string' || typeof reason !== 'string') {
      report(makeIssue('accepted-invalid', path, entry));
      return;
    }
    if (!nodeExists(node)) {
      report(makeIssue('accepted-unknown-node', at(path, 'node'), node));
      return;
    }
    const key = `${rule}\u0000${node}`;
    const first = firstPathOf.get(key);
    if (first !== undefined) {
      report(makeIssue('accepted-duplicate', path, first));
      return;
    }
    firstPathOf.set(key, path);
    reportUnknownFields(entry as JsonRecord, ACCEPTED_FIELDS, path, report);
    out.push({ rule, node, reason: capText(reason, at(path, 'reason'), report) });
  });
  return out;
}

const PRESET_FIELDS = new Set([
  'id',
  'title',
  'exam',
  'mode',
  'scenario',
  'lesson',
  'expect',
  'traces',
  'labels',
]);
const LOCALIZED_FIELDS = new Set(['en', 'ja']);
const EXPECT_FIELDS = new Set(['rule', 'nodes']);
const PRESET_MODES: readonly PresetInfo['mode'][] = ['reference', 'challenge'];

const EXPECTED = {
  object: { en: 'an object', ja: 'オブジェクト' },
  id: { en: 'non-empty text', ja: '空でない文字列' },
  localized: { en: '{ "en": text, "ja": text }', ja: '{ "en": 文字列, "ja": 文字列 }' },
  mode: { en: 'reference or challenge', ja: 'reference か challenge' },
  list: { en: 'a list [ … ]', ja: 'リスト [ … ]' },
  text: { en: 'text', ja: '文字列' },
  expectation: {
    en: '{ "rule": text, "nodes": [node ids] }',
    ja: '{ "rule": 文字列, "nodes": [ノード ID] }',
  },
} satisfies Record<string, Localized>;

/**
 * The preset block, or undefined. A block missing a required part is dropped as a whole
 * (each problem reported); `exam` and `expect` may be left out (empty).
 */
export function readPreset(value: unknown, report: IssueSink): PresetInfo | undefined {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    report(makeIssue('preset-invalid', 'preset', EXPECTED.object, value));
    return undefined;
  }
  let valid = true;
  const invalid = (field: string, expected: Localized) => {
    report(makeIssue('preset-invalid', at('preset', field), expected, own(value, field)));
    valid = false;
  };
  const id = own(value, 'id');
  if (typeof id !== 'string' || id === '') invalid('id', EXPECTED.id);
  const localized = (field: string): Localized | undefined => {
    const text = readLocalized(own(value, field), at('preset', field), report);
    if (!text) invalid(field, EXPECTED.localized);
    return text;
  };
  const title = localized('title');
  const mode = own(value, 'mode');
  if (!PRESET_MODES.includes(mode as PresetInfo['mode'])) invalid('mode', EXPECTED.mode);
  const scenario = localized('scenario');
  const lesson = localized('lesson');
  const rawExam = own(value, 'exam');
  const rawExpect = own(value, 'expect');
  if (!isAbsent(rawExam) && !Array.isArray(rawExam)) invalid('exam', EXPECTED.list);
  if (!isAbsent(rawExpect) && !Array.isArray(rawExpect)) invalid('expect', EXPECTED.list);
  if (!valid) return undefined;

  reportUnknownFields(value, PRESET_FIELDS, 'preset', report);
  const exam: string[] = [];
  ((rawExam as unknown[] | undefined) ?? []).forEach((item, k) => {
    if (typeof item === 'string') exam.push(item);
    else report(makeIssue('preset-entry-dropped', at('preset.exam', k), EXPECTED.text, item));
  });
  const expect: PresetExpectation[] = [];
  ((rawExpect as unknown[] | undefined) ?? []).forEach((item, k) => {
    const path = at('preset.expect', k);
    const entry = readExpectation(item);
    if (!entry) report(makeIssue('preset-entry-dropped', path, EXPECTED.expectation, item));
    else {
      reportUnknownFields(item as JsonRecord, EXPECT_FIELDS, path, report);
      expect.push(entry);
    }
  });
  const preset: PresetInfo = {
    id: id as string,
    title: title as Localized,
    exam,
    mode: mode as PresetInfo['mode'],
    scenario: scenario as Localized,
    lesson: lesson as Localized,
    expect,
  };
  const traces = readPresetTraces(own(value, 'traces'), report);
  if (traces) preset.traces = traces;
  const labels = readPresetLabels(own(value, 'labels'), report);
  if (labels) preset.labels = labels;
  return preset;
}

function readLocalized(value: unknown, path: string, report: IssueSink): Localized | undefined {
  if (!isRecord(value)) return undefined;
  const en = own(value, 'en');
  const ja = own(value, 'ja');
  if (typeof en !== 'string' || typeof ja !== 'string') return undefined;
  reportUnknownFields(value, LOCALIZED_FIELDS, path, report);
  return { en, ja };
}

function readExpectation(value: unknown): PresetExpectation | undefined {
  if (!isRecord(value)) return undefined;
  const rule = own(value, 'rule');
  const nodes = own(value, 'nodes');
  if (typeof rule !== 'string' || !Array.isArray(nodes)) return undefined;
  if (!nodes.every((n): n is string => typeof n === 'string')) return undefined;
  return { rule, nodes: [...nodes] };
}
