/**
 * `preset.labels`: each labelled node's label in both languages (docs/presets.md
 * "Labels"), so that a preset opened in Japanese shows Japanese labels. The node's own
 * `label` stays the English text; this block only adds the translations. Node ids are
 * checked by the presets test, not here (a document whose node was deleted still
 * opens). Entries are kept as own data properties, so a `__proto__` node id stays a
 * plain entry; read them with `presetLabel`, never by indexing.
 */
import type { Diagram, Localized, PresetInfo } from './types';
import type { IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { capText, isAbsent, isRecord, own, reportUnknownFields } from './read';
import type { JsonRecord } from './read';

export type PresetLabels = Readonly<Record<string, Localized>>;

const LOCALIZED_FIELDS = new Set(['en', 'ja']);
const EXPECTED_MAP: Localized = {
  en: '{ "<node id>": { "en": text, "ja": text } }',
  ja: '{ "<ノード ID>": { "en": 文字列, "ja": 文字列 } }',
};
const EXPECTED_LABEL: Localized = {
  en: '{ "en": text, "ja": text }',
  ja: '{ "en": 文字列, "ja": 文字列 }',
};

export function readPresetLabels(value: unknown, report: IssueSink): PresetLabels | undefined {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    report(makeIssue('preset-entry-dropped', 'preset.labels', EXPECTED_MAP, value));
    return undefined;
  }
  const out: Record<string, Localized> = {};
  for (const id of Object.keys(value)) {
    const path = at('preset.labels', id);
    const entry = own(value, id);
    const en = isRecord(entry) ? own(entry, 'en') : undefined;
    const ja = isRecord(entry) ? own(entry, 'ja') : undefined;
    if (typeof en !== 'string' || typeof ja !== 'string') {
      report(makeIssue('preset-entry-dropped', path, EXPECTED_LABEL, entry));
      continue;
    }
    reportUnknownFields(entry as JsonRecord, LOCALIZED_FIELDS, path, report);
    setOwn(out, id, {
      en: capText(en, at(path, 'en'), report),
      ja: capText(ja, at(path, 'ja'), report),
    });
  }
  return out;
}

/** Defines an own data property, also for `__proto__` (which plain assignment would not). */
function setOwn(record: Record<string, Localized>, key: string, value: Localized): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The label of node `id` in `lang` from the preset's labels, if it gives one. */
export function presetLabel(
  preset: PresetInfo,
  id: string,
  lang: keyof Localized,
): string | undefined {
  const entry = preset.labels ? own(preset.labels, id) : undefined;
  return entry === undefined ? undefined : (entry as Localized)[lang];
}

/** A copy of the labels for export, own keys only. */
export function copyPresetLabels(labels: PresetLabels): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const id of Object.keys(labels)) {
    const entry = own(labels, id) as Localized;
    setOwn(out, id, { en: entry.en, ja: entry.ja });
  }
  return out;
}

/**
 * The document with each node the preset labels shown in `lang`; the same object when
 * the document carries no labels. Unlabelled nodes and nodes the block does not name
 * keep their own label.
 */
export function withPresetLabels(doc: Diagram, lang: keyof Localized): Diagram {
  const preset = doc.preset;
  if (!preset?.labels) return doc;
  const nodes = doc.nodes.map((node) => {
    const label = presetLabel(preset, node.id, lang);
    return label === undefined || label === node.label ? node : { ...node, label };
  });
  return { ...doc, nodes };
}
