/**
 * Reading a document file for a command: the size check, the importer's validation and
 * repairs, and the reasons on stderr when the file is refused (format.md "Command-line
 * interface"). Every subcommand that reads a diagram goes through `loadDocument`.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ImportIssue } from '../domain/document/import';
import { importDiagram, MAX_IMPORT_BYTES } from '../domain/document/import';
import type { Diagram } from '../domain/document/types';
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

/** Reads and imports the file; on failure writes the reasons to stderr and returns undefined. */
export async function loadDocument(
  file: string,
  lang: Lang,
  io: CliIo,
): Promise<Diagram | undefined> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > MAX_IMPORT_BYTES) {
      // Refused before reading: the importer's own size check words the reason.
      const refused = importDiagram('', { sizeBytes: size });
      if (!refused.ok) io.stderr(formatImportErrors(file, refused.errors, lang));
      return undefined;
    }
    text = await readFile(file, 'utf8');
  } catch (err) {
    io.stderr(`${file}: error: cannot read the file (${reasonOf(err)})\n`);
    return undefined;
  }
  const imported = importDiagram(text, { sizeBytes: Buffer.byteLength(text, 'utf8') });
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
): Promise<{ args: T; doc: Diagram } | undefined> {
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${usage}\n`);
    return undefined;
  }
  const doc = await loadDocument(parsed.file, parsed.lang, io);
  return doc && { args: parsed, doc };
}
