/**
 * `import FILE [-o OUT] [--lang en|ja]`: turns a CloudFormation template, a Terraform
 * file, folder or plan into a diagram document, laid out with ELK as `layout` does,
 * written to OUT or to stdout. The import report (what became which node, what is not
 * drawn, every unknown value) goes to stderr, so stdout stays the document.
 *
 * Exit status: 0 when the document is written; 2 when the file cannot be read or is
 * refused (each reason, with its line and column or property path, on stderr), when
 * OUT cannot be written, or when the arguments are wrong. A diagram document is
 * accepted too: it is laid out like `layout` would.
 */
import { reportText } from '../domain/importers/reportText';
import { DEFAULT_LAYOUT_REQUEST } from '../layout/elkGraph';
import type { Lang } from './args';
import { choiceOption, LANGS, parseOptions, usageErrorAsText } from './args';
import type { CliIo } from './io';
import { processIo } from './io';
import { writeLaidOut } from './layout';
import { openDocument } from './load';
import type { ImportReport } from '../domain/importers/report';

export const IMPORT_USAGE = 'usage: import FILE [-o OUT] [--lang en|ja]';

export interface ImportArgs {
  file: string;
  out?: string;
  lang: Lang;
}

/** The parsed arguments, or what is wrong with them. */
export function parseImportArgs(args: readonly string[]): ImportArgs | string {
  const options = parseOptions(args, ['-o', '--out', '--lang']);
  if (typeof options === 'string') return options;
  const out = options.values.get('-o') ?? options.values.get('--out');
  return usageErrorAsText(() => ({
    file: options.file,
    ...(out !== undefined ? { out } : {}),
    lang: choiceOption(options, '--lang', LANGS, 'en'),
  }));
}

/** The whole report, as the app shows it (the file is named by the messages around it). */
function writeReport(_file: string, report: ImportReport, lang: Lang): string {
  const text = reportText(report, lang);
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

export async function importCommand(
  args: readonly string[],
  io: CliIo = processIo,
): Promise<number> {
  const parsed = parseImportArgs(args);
  const opened = await openDocument(parsed, IMPORT_USAGE, io, writeReport);
  if (!opened) return 2;
  return writeLaidOut(opened.doc, DEFAULT_LAYOUT_REQUEST, opened.args.out, io);
}
