/**
 * "Open this text as the document": the one path for files chosen in the toolbar,
 * files dropped on the canvas and text pasted from the clipboard. The content says
 * what it is (domain/importers/detect.ts): the playground's own diagram, or a
 * CloudFormation template or Terraform configuration, which the importers pipeline
 * turns into a diagram document first (domain/importers/index.ts). Either way the
 * document goes through `importDiagram`; a refused file leaves the open diagram as it
 * is and names every problem with its path (a JSON path, or the line and column of a
 * template); an accepted one opens as a new diagram of the library
 * (src/library/session.ts `openAsNew`): the previous one stays in My diagrams, and the
 * opening is one undo step (so Ctrl+Z brings the previous diagram back). A template's
 * diagram has no positions, so ELK lays it out, and its import report opens.
 */
import { importDiagram } from '../domain/document/import';
import type { ImportResult } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import { MAX_IMPORT_BYTES } from '../domain/document/limits';
import type { Diagram } from '../domain/document/types';
import { DOCUMENT_TYPE } from '../domain/document/types';
import type { HclParser, SourceFile } from '../domain/importers';
import { detectFormat } from '../domain/importers/detect';
import type { InputFormat } from '../domain/importers/detect';
import type { ImportReport } from '../domain/importers/report';
import { pick, translate } from '../i18n';
import type { Lang } from '../i18n';
import { editorStore } from '../store/editorStore';
import { hasUnsavedWork, markSaved } from '../store/unsavedWork';
import { libraryTab, openAsNew } from '../library/session';
import { reportOpened, whileReading } from './importReport/importState';
import { isHclParserFailure } from './terraform/hclFailure';
import type { HclParserFailure } from './terraform/hclFailure';

export interface OpenOptions {
  /** Ask before replacing unsaved work (store/unsavedWork.ts; paste and drop can happen by accident). */
  confirmReplace?: boolean;
  /** Shown in notices, e.g. the file name. */
  source?: string;
  /** Parses Terraform's HCL: the browser's parser in its worker unless a test gives its own. */
  parseHcl?: HclParser;
}

function lines(lang: Lang, issues: readonly ImportIssue[]): string[] {
  // Each message already starts with its path (document/issues.ts, importers/issues.ts).
  return issues.map((issue) => pick(lang, issue.message));
}

function refuse(detail: (lang: Lang) => string[], source: string | undefined): false {
  const { lang, notify } = editorStore.getState();
  notify({
    tone: 'error',
    text: source
      ? translate(lang, 'app.open.refusedFile', { file: source })
      : translate(lang, 'app.open.refused'),
    detail: detail(lang),
  });
  return false;
}

function refuseIssues(issues: readonly ImportIssue[], source: string | undefined): false {
  return refuse((lang) => lines(lang, issues), source);
}

/** Refuses a file over the size limit before reading it, with import's own message. */
function tooLarge(sizeBytes: number, source: string | undefined): false {
  const result = importDiagram('', { sizeBytes });
  return refuseIssues(result.ok ? [] : result.errors, source);
}

function readFailed(err: unknown, source: string): false {
  const { lang, notify } = editorStore.getState();
  notify({
    tone: 'error',
    text: translate(lang, 'app.open.readFailed', {
      file: source,
      reason: err instanceof Error ? err.message : String(err),
    }),
  });
  return false;
}

async function laidOut(doc: Diagram, needsLayout: boolean): Promise<Diagram> {
  // A file may leave positions out (a template always does); ELK then places everything
  // (format.md). Loaded only when needed so that ELK stays out of the first paint.
  if (!needsLayout) return doc;
  const { layoutIfNeeded } = await import('../layout/runLayout');
  return layoutIfNeeded(doc, true);
}

function isWholeDiagram(start: string): boolean {
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
 * True when pasted text is a whole diagram, a CloudFormation template or Terraform
 * (the paste then opens it) rather than a copied fragment or unrelated text (the paste
 * then inserts the in-app clipboard).
 */
export function looksLikeDiagram(text: string): boolean {
  return isWholeDiagram(text.trimStart()) || detectFormat(text) !== 'diagram';
}

/** Opens an imported document as a new diagram; false (and a notice) when refused or declined. */
async function openImported(result: ImportResult, options: OpenOptions): Promise<boolean> {
  if (!result.ok) return refuseIssues(result.errors, options.source);
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

/** The browser's HCL parser, loaded (with its worker and WebAssembly) by the first Terraform file. */
const parseHclInBrowser: HclParser = async (fileName, text) => {
  const parser = await import('./terraform/parseHclInBrowser');
  return parser.parseHclInBrowser(fileName, text);
};

function parserFailureLine(lang: Lang, failure: HclParserFailure): string {
  if (failure.reason === 'timeout')
    return translate(lang, 'importReport.parser.timeout', { seconds: failure.seconds ?? 0 });
  return translate(lang, `importReport.parser.${failure.reason}`, { reason: failure.message });
}

type Converted =
  | { ok: true; document: Diagram; report: ImportReport }
  | { ok: false; detail: (lang: Lang) => string[] };

/**
 * The importers pipeline, loaded on first use (the readers and the YAML parser stay
 * out of the first paint). A failure of the HCL parser itself (timeout, crash) is told
 * as such, whatever the Terraform reader made of it.
 */
async function convert(files: readonly SourceFile[], parseHcl: HclParser): Promise<Converted> {
  const { convertInfrastructure } = await import('../domain/importers');
  let failure: HclParserFailure | undefined;
  const watched: HclParser = (fileName, text) =>
    parseHcl(fileName, text).catch((err: unknown) => {
      if (isHclParserFailure(err)) failure = err;
      throw err;
    });
  const conversion = await convertInfrastructure(files, { parseHcl: watched });
  if (failure) {
    const seen = failure;
    return { ok: false, detail: (lang) => [parserFailureLine(lang, seen)] };
  }
  if (!conversion.ok) {
    const { errors } = conversion;
    return { ok: false, detail: (lang) => lines(lang, errors) };
  }
  return { ok: true, document: conversion.document, report: conversion.report };
}

/** Reads templates or Terraform files and opens the diagram they make, with its report. */
async function openInfrastructure(
  files: readonly SourceFile[],
  formats: readonly InputFormat[],
  options: OpenOptions,
): Promise<boolean> {
  // Pasted text has no source: the report calls it that, in the app's language.
  const reading = {
    ...(options.source === undefined ? {} : { source: options.source }),
    terraform: formats.includes('terraform-hcl'),
  };
  let converted: Converted;
  try {
    converted = await whileReading(reading, () =>
      convert(files, options.parseHcl ?? parseHclInBrowser),
    );
  } catch (err) {
    // The pipeline never throws; loading its code can (a network gone since the page loaded).
    return readFailed(
      err,
      options.source ?? translate(editorStore.getState().lang, 'importReport.pasted'),
    );
  }
  if (!converted.ok) return refuse(converted.detail, options.source);
  const opened = await openImported(importDiagram(converted.document), options);
  const tab = libraryTab();
  if (opened)
    reportOpened({
      ...reading,
      report: converted.report,
      ...(tab ? { recordId: tab.currentId } : {}),
    });
  return opened;
}

/** A name for pasted text, which the Terraform parser needs (and names in its messages). */
function pastedName(format: InputFormat, text: string): string {
  if (format !== 'terraform-hcl') return 'pasted';
  return text.trimStart().startsWith('{') ? 'pasted.tf.json' : 'pasted.tf';
}

/**
 * Imports `text` and, when it is a valid document or template, opens it as a new
 * diagram (a new record of the library). Resolves to true when it was opened. Never
 * throws.
 */
export async function openDocumentText(
  text: string,
  sizeBytes?: number,
  options: OpenOptions = {},
): Promise<boolean> {
  const format = detectFormat(text, options.source);
  if (format === 'diagram')
    return openImported(importDiagram(text, sizeBytes === undefined ? {} : { sizeBytes }), options);
  const name = options.source ?? pastedName(format, text);
  return openInfrastructure([{ name, text }], [format], options);
}

/**
 * Reads a dropped or chosen file: diagram JSON, a PNG exported by the app (it carries
 * the JSON), a CloudFormation template or a Terraform file. The opened diagram counts
 * as saved: it is in that file, or made again from it.
 */
export async function openDocumentFile(file: File, options: OpenOptions = {}): Promise<boolean> {
  const opened = await readDocumentFile(file, options);
  if (opened) markSaved();
  return opened;
}

/**
 * Several files chosen or dropped together: the `.tf` files of one Terraform
 * configuration (the pipeline refuses any other set, saying why). One file is
 * `openDocumentFile`.
 */
export async function openDocumentFiles(
  files: readonly File[],
  options: OpenOptions = {},
): Promise<boolean> {
  if (files.length <= 1) return files[0] ? openDocumentFile(files[0], options) : false;
  const source = options.source ?? files.map((f) => f.name).join(', ');
  const size = files.reduce((n, f) => n + f.size, 0);
  if (size > MAX_IMPORT_BYTES) return tooLarge(size, source);
  let sources: SourceFile[];
  try {
    sources = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  } catch (err) {
    return readFailed(err, source);
  }
  const formats = sources.map((f) => detectFormat(f.text, f.name));
  const opened = await openInfrastructure(sources, formats, { ...options, source });
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
    return readFailed(err, source);
  }
}
