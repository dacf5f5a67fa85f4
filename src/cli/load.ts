/**
 * Reading a document file for a command: the size check, the conversion of a
 * CloudFormation template or Terraform configuration, the importer's validation and
 * repairs, and the reasons on stderr when the file is refused (format.md "Command-line
 * interface"). Every subcommand that reads a diagram goes through `loadDocument`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportIssue } from '../domain/document/import';
import { importDiagram, MAX_IMPORT_BYTES } from '../domain/document/import';
import type { Diagram, Localized } from '../domain/document/types';
import type { HclParser, SourceFile } from '../domain/importers';
import { convertInfrastructure, detectFormat } from '../domain/importers';
import type { ImportReport } from '../domain/importers/report';
import type { Lang } from './args';
import type { CliIo } from './io';

/**
 * The problems of a refused file, one per line: the file, the JSON path (issue messages
 * start with it, except for the whole file, `$`), the reason and the issue's code.
 */
export function formatImportErrors(
  file: string,
  errors: readonly ImportIssue[],
  lang: Lang,
): string {
  return errors
    .map((e) => {
      const text = e.message[lang];
      const where = text.startsWith(e.path) ? '' : `${e.path}: `;
      return `${file}: error: ${where}${text} [${e.code}]\n`;
    })
    .join('');
}

export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * What a command reads: a diagram document, a CloudFormation template, a Terraform file
 * or plan (the format detected from the content), or a folder, whose `.tf` and
 * `.tf.json` files are one Terraform configuration, as for Terraform itself.
 */
async function readSources(path: string, lang: Lang, io: CliIo): Promise<SourceFile[] | undefined> {
  try {
    const paths = (await stat(path)).isDirectory() ? await terraformFiles(path) : [path];
    if (paths.length === 0) {
      io.stderr(`${path}: error: ${FOLDER_WITHOUT_TERRAFORM}\n`);
      return undefined;
    }
    const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
    const size = sizes.reduce((a, b) => a + b, 0);
    if (size > MAX_IMPORT_BYTES) {
      // Refused before reading: the importer's own size check words the reason.
      const refused = importDiagram('', { sizeBytes: size });
      if (!refused.ok) io.stderr(formatImportErrors(path, refused.errors, lang));
      return undefined;
    }
    return await Promise.all(
      paths.map(async (p) => ({ name: p, text: await readFile(p, 'utf8') })),
    );
  } catch (err) {
    io.stderr(`${path}: error: cannot read the file (${reasonOf(err)})\n`);
    return undefined;
  }
}

/**
 * The folder's Terraform files by name, with the variable files Terraform loads by
 * itself (`terraform.tfvars`, `*.auto.tfvars`); not its subfolders: those are modules.
 */
async function terraformFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((n) =>
    /(?:\.tf|^terraform\.tfvars|\.auto\.tfvars)(?:\.json)?$/i.test(n),
  );
  return names.sort().map((n) => join(folder, n));
}

const FOLDER_WITHOUT_TERRAFORM = 'the folder has no .tf or .tf.json file';

/** The Node HCL parser, loaded only when a Terraform HCL file is read (it is WebAssembly). */
const parseHcl: HclParser = async (...args) => (await import('./hclParser')).parseHclNode(...args);

/** How a command shows the report of a converted template (on stderr). */
export type ReportWriter = (file: string, report: ImportReport, lang: Lang) => string;

const NOT_DRAWN: Localized = { en: 'not drawn', ja: '描画されません' };
const UNKNOWN: Localized = { en: 'unknown value', ja: '不明な値' };

/**
 * The warnings of a conversion: each type the playground does not draw with its
 * count and ids, and each value the reader could not know. Mapped resources are
 * not listed: stdout is the findings, and they name the resources.
 */
export function reportWarnings(file: string, report: ImportReport, lang: Lang): string {
  const lines = report.notDrawn.map(
    (t) =>
      `${file}: warning: ${NOT_DRAWN[lang]}: ${t.sourceType} ×${t.count} (${t.ids.join(', ')})`,
  );
  for (const u of report.unknowns) {
    const where = u.resource === undefined ? u.property : `${u.resource}.${u.property}`;
    lines.push(`${file}: warning: ${where}: ${UNKNOWN[lang]}: ${u.reason[lang]}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * Reads the file (or Terraform folder) and imports it; a template is converted first
 * and its report written with `writeReport`. On failure writes the reasons to stderr
 * and returns undefined.
 */
export async function loadDocument(
  file: string,
  lang: Lang,
  io: CliIo,
  writeReport: ReportWriter = reportWarnings,
): Promise<Diagram | undefined> {
  const files = await readSources(file, lang, io);
  if (!files) return undefined;
  let input: unknown = files[0].text;
  if (files.length > 1 || detectFormat(files[0].text, files[0].name) !== 'diagram') {
    const converted = await convertInfrastructure(files, { parseHcl });
    if (!converted.ok) {
      io.stderr(formatImportErrors(file, converted.errors, lang));
      return undefined;
    }
    io.stderr(writeReport(file, converted.report, lang));
    input = converted.document;
  }
  const imported = importDiagram(input);
  if (!imported.ok) {
    io.stderr(formatImportErrors(file, imported.errors, lang));
    return undefined;
  }
  for (const w of imported.warnings) io.stderr(`${file}: warning: ${w.message[lang]}\n`);
  return imported.doc;
}

/**
 * The start of a command that reads one document: the parsed arguments (or the reason
 * they are wrong, written with the usage) and the loaded file. Undefined means exit 2,
 * the reason already on stderr.
 */
export async function openDocument<T extends { file: string; lang: Lang }>(
  parsed: T | string,
  usage: string,
  io: CliIo,
  writeReport?: ReportWriter,
): Promise<{ args: T; doc: Diagram } | undefined> {
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${usage}\n`);
    return undefined;
  }
  const doc = await loadDocument(parsed.file, parsed.lang, io, writeReport);
  return doc && { args: parsed, doc };
}
