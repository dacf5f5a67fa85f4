/**
 * `npm run cli -- layout FILE [-o OUT] [--direction right|down] [--spacing compact|normal|roomy]`
 *
 * Lays the document out with ELK (the same pipeline as the browser's worker, run here
 * in-process with elk.bundled.js) and writes it with positions and container sizes,
 * to OUT or to stdout. Exit 0 on success; 2 when the file cannot be read or is not a
 * valid document (the reason, with its JSON path, on stderr; nothing on stdout), or
 * when the arguments are wrong.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ELK from 'elkjs/lib/elk.bundled.js';
import { setLayout } from '../domain/commands';
import { exportDiagram } from '../domain/document/export';
import { importDiagram } from '../domain/document/import';
import type { Diagram } from '../domain/document/types';
import { computeLayout } from '../layout/computeLayout';
import type { LayoutDirection, LayoutRequest, LayoutSpacing } from '../layout/elkGraph';
import { DEFAULT_LAYOUT_REQUEST } from '../layout/elkGraph';
import type { CliIo } from './io';
import { processIo } from './io';

export const LAYOUT_USAGE =
  'usage: layout FILE [-o OUT] [--direction right|down] [--spacing compact|normal|roomy]';

interface LayoutArgs {
  file: string;
  out?: string;
  request: LayoutRequest;
}

const DIRECTIONS: Record<string, LayoutDirection> = { right: 'RIGHT', down: 'DOWN' };
const SPACINGS: readonly LayoutSpacing[] = ['compact', 'normal', 'roomy'];

/** The parsed arguments, or the reason they are wrong. */
export function parseLayoutArgs(args: readonly string[]): LayoutArgs | string {
  let file: string | undefined;
  let out: string | undefined;
  const request: LayoutRequest = { ...DEFAULT_LAYOUT_REQUEST };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '-o' || arg === '--out' || arg === '--direction' || arg === '--spacing') {
      if (value === undefined) return `${arg} needs a value`;
      i++;
      if (arg === '--direction') {
        const d = DIRECTIONS[value.toLowerCase()];
        if (!d) return `--direction must be right or down, not '${value}'`;
        request.direction = d;
      } else if (arg === '--spacing') {
        const s = SPACINGS.find((x) => x === value.toLowerCase());
        if (!s) return `--spacing must be compact, normal or roomy, not '${value}'`;
        request.spacing = s;
      } else out = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === undefined) return 'FILE is missing';
  return { file, ...(out !== undefined ? { out } : {}), request };
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function layoutCommand(
  args: readonly string[],
  io: CliIo = processIo,
): Promise<number> {
  const parsed = parseLayoutArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${parsed}\n${LAYOUT_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch (err) {
    io.stderr(`${parsed.file}: cannot read the file (${reasonOf(err)})\n`);
    return 2;
  }
  const imported = importDiagram(text);
  if (!imported.ok) {
    for (const e of imported.errors) io.stderr(`${parsed.file}: ${e.message.en}\n`);
    return 2;
  }
  for (const w of imported.warnings) io.stderr(`${parsed.file}: warning: ${w.message.en}\n`);
  return writeLaidOut(imported.doc, parsed.request, parsed.out, io);
}

/**
 * Lays the document out with ELK and writes it with its positions to `out`, or to
 * stdout when `out` is undefined (`layout` and `import` share it). 0, or 2 when `out`
 * cannot be written.
 */
export async function writeLaidOut(
  doc: Diagram,
  request: LayoutRequest,
  out: string | undefined,
  io: CliIo,
): Promise<number> {
  const positions = await computeLayout(new ELK(), doc, request);
  const exported = exportDiagram(setLayout(doc, positions));
  const json = exported.endsWith('\n') ? exported : `${exported}\n`;
  if (out === undefined) {
    io.stdout(json);
    return 0;
  }
  try {
    await writeFile(out, json, 'utf8');
  } catch (err) {
    io.stderr(`${out}: cannot write the file (${reasonOf(err)})\n`);
    return 2;
  }
  return 0;
}
