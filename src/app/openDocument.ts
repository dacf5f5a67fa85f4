/**
 * "Open this text as the document": the one path for files chosen in the toolbar,
 * files dropped on the canvas and diagrams pasted from the clipboard. The text goes
 * through `importDiagram`; a refused file leaves the open diagram as it is and names
 * every problem with its JSON path; an accepted one opens as a new diagram of the
 * library (src/library/session.ts `openAsNew`): the previous one stays in My diagrams,
 * and the opening is one undo step (so Ctrl+Z brings the previous diagram back).
 */
import { importDiagram } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import { MAX_IMPORT_BYTES } from '../domain/document/limits';
import type { Diagram } from '../domain/document/types';
import { DOCUMENT_TYPE } from '../domain/document/types';
import { pick, translate } from '../i18n';
import type { Lang } from '../i18n';
import { editorStore } from '../store/editorStore';
import { hasUnsavedWork, markSaved } from '../store/unsavedWork';
import { openAsNew } from '../library/session';

export interface OpenOptions {
  /** Ask before replacing unsaved work (store/unsavedWork.ts; paste and drop can happen by accident). */
  confirmReplace?: boolean;
  /** Shown in notices, e.g. the file name. */
  source?: string;
}

function lines(lang: Lang, issues: readonly ImportIssue[]): string[] {
  // Each message already starts with its JSON path (issues.ts makeIssue).
  return issues.map((issue) => pick(lang, issue.message));
}

function refuse(issues: readonly ImportIssue[], source: string | undefined): false {
  const { lang, notify } = editorStore.getState();
  notify({
    tone: 'error',
    text: source
      ? translate(lang, 'app.open.refusedFile', { file: source })
      : translate(lang, 'app.open.refused'),
    detail: lines(lang, issues),
  });
  return false;
}

/** Refuses a file over the size limit before reading it, with import's own message. */
function tooLarge(sizeBytes: number, source: string | undefined): false {
  const result = importDiagram('', { sizeBytes });
  return refuse(result.ok ? [] : result.errors, source);
}

async function laidOut(doc: Diagram, needsLayout: boolean): Promise<Diagram> {
  // A file may leave positions out; ELK then places everything (format.md). Loaded
  // only when needed so that ELK stays out of the first paint.
  if (!needsLayout) return doc;
  const { layoutIfNeeded } = await import('../layout/runLayout');
  return layoutIfNeeded(doc, true);
}

/**
 * True when pasted text is a whole diagram (the paste then opens it) rather than a
 * copied fragment or unrelated text (the paste then inserts the in-app clipboard).
 */
export function looksLikeDiagram(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(start);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { type?: unknown }).type === DOCUMENT_TYPE
    );
  } catch {
    return false;
  }
}

/**
 * Imports `text` and, when it is a valid document, opens it as a new diagram (a new
 * record of the library). Resolves to true when it was opened. Never throws.
 */
export async function openDocumentText(
  text: string,
  sizeBytes?: number,
  options: OpenOptions = {},
): Promise<boolean> {
  const result = importDiagram(text, sizeBytes === undefined ? {} : { sizeBytes });
  if (!result.ok) return refuse(result.errors, options.source);
  const { lang } = editorStore.getState();
  if (
    options.confirmReplace &&
    hasUnsavedWork() &&
    !window.confirm(translate(lang, 'app.open.confirmReplace'))
  )
    return false;
  const doc = await laidOut(result.doc, result.needsLayout);
  openAsNew(doc);
  const store = editorStore.getState();
  if (result.warnings.length > 0)
    store.notify({
      tone: 'warning',
      text: translate(store.lang, 'app.open.repaired', { count: result.warnings.length }),
      detail: lines(store.lang, result.warnings),
    });
  return true;
}

/**
 * Reads a dropped or chosen file: diagram JSON, or a PNG exported by the app (it carries
 * the JSON). The opened diagram counts as saved: it is in that file.
 */
export async function openDocumentFile(file: File, options: OpenOptions = {}): Promise<boolean> {
  const opened = await readDocumentFile(file, options);
  if (opened) markSaved();
  return opened;
}

async function readDocumentFile(file: File, options: OpenOptions): Promise<boolean> {
  const source = options.source ?? file.name;
  if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.size, source);
  const { lang, notify } = editorStore.getState();
  try {
    const isPng = file.type === 'image/png' || /\.png$/i.test(file.name);
    if (!isPng) return await openDocumentText(await file.text(), file.size, { ...options, source });
    const { readDocumentFromPng } = await import('../export/pngDocument');
    const found = readDocumentFromPng(new Uint8Array(await file.arrayBuffer()));
    if (!found.ok) {
      notify({
        tone: 'error',
        text: translate(lang, 'app.open.refusedFile', { file: source }),
        detail: [
          found.problem === 'no-document'
            ? translate(lang, 'app.open.pngWithoutDiagram')
            : translate(lang, 'app.open.pngBroken', { reason: found.reason }),
        ],
      });
      return false;
    }
    return await openDocumentText(found.text, undefined, { ...options, source });
  } catch (err) {
    notify({
      tone: 'error',
      text: translate(lang, 'app.open.readFailed', {
        file: source,
        reason: err instanceof Error ? err.message : String(err),
      }),
    });
    return false;
  }
}
