/**
 * The built-in presets: every `presets/*.json` of the repository, bundled with the app
 * (they work offline) but loaded only when first needed, so they stay out of the
 * initial bundle. Adding a preset is adding a file. Each file is read with the same
 * `importDiagram` as any user file; one that fails is listed apart, never opened.
 */
import { importDiagram } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import type { Diagram, PresetInfo } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';
import { KINDS } from '../domain/kinds/catalogue';

/** File path → loader of its text (what `import.meta.glob` with `?raw` gives). */
export type PresetSources = Record<string, () => Promise<string>>;

export interface PresetEntry {
  /** `preset.id`: the `?preset=` value. */
  id: string;
  file: string;
  /** The file's text, opened through `openDocumentText` like any file. */
  text: string;
  /** The imported document (for the gallery's preview and filters). */
  doc: Diagram;
  preset: PresetInfo;
  /** The kinds drawn in it, in palette order (the gallery's service filter). */
  kinds: KindId[];
}

export interface BrokenPreset {
  file: string;
  /** Why it cannot be offered: import errors, a missing preset block or a repeated id. */
  errors: readonly ImportIssue[] | 'no-preset' | 'duplicate-id';
}

export interface PresetCatalog {
  entries: PresetEntry[];
  broken: BrokenPreset[];
}

const BUILT_IN: PresetSources = import.meta.glob<string>('/presets/*.json', {
  query: '?raw',
  import: 'default',
});

const KIND_ORDER = new Map<KindId, number>(KINDS.map((k, i) => [k.id, i]));

function kindsOf(doc: Diagram): KindId[] {
  const kinds = new Set(doc.nodes.map((n) => n.kind));
  return [...kinds].sort((a, b) => (KIND_ORDER.get(a) ?? 0) - (KIND_ORDER.get(b) ?? 0));
}

/** Reads every source; entries keep file-name order, so the gallery order is stable. */
export async function readPresetCatalog(sources: PresetSources): Promise<PresetCatalog> {
  const files = Object.keys(sources).sort();
  const texts = await Promise.all(files.map((file) => sources[file]()));
  const catalog: PresetCatalog = { entries: [], broken: [] };
  const seen = new Set<string>();
  files.forEach((file, k) => {
    const text = texts[k];
    const result = importDiagram(text);
    if (!result.ok) return catalog.broken.push({ file, errors: result.errors });
    const preset = result.doc.preset;
    if (!preset) return catalog.broken.push({ file, errors: 'no-preset' });
    if (seen.has(preset.id)) return catalog.broken.push({ file, errors: 'duplicate-id' });
    seen.add(preset.id);
    catalog.entries.push({
      id: preset.id,
      file,
      text,
      doc: result.doc,
      preset,
      kinds: kindsOf(result.doc),
    });
  });
  return catalog;
}

let builtIn: Promise<PresetCatalog> | undefined;

/** The app's presets, read once per session. */
export function loadPresetCatalog(): Promise<PresetCatalog> {
  builtIn ??= readPresetCatalog(BUILT_IN).catch((err: unknown) => {
    // A failed chunk load (offline before the chunk was cached) may succeed next time.
    builtIn = undefined;
    throw err;
  });
  return builtIn;
}
