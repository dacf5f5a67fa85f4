/**
 * From infrastructure source files to a diagram document and its import report: the
 * size guard, the reader of the detected format, then the builder. The app and the CLI
 * call `convertInfrastructure`, then pass the document through `importDiagram`, the
 * one import path (which validates it and tells whether it needs a layout).
 *
 * Several files are accepted only for Terraform, whose configuration is a folder of
 * `.tf` and `.tf.json` files (and `.tfvars`); a CloudFormation template or a plan is
 * one file. HCL is parsed by WebAssembly that each host loads its own way (a worker in
 * the browser, the Node package in the CLI), so the parser is passed in.
 */
import { importDiagram } from '../document/import';
import type { ImportIssue } from '../document/issues';
import { makeIssue } from '../document/issues';
import { JSON_EXPECTATIONS } from '../document/importMessages';
import { parseJson } from '../document/jsonSyntax';
import { MAX_IMPORT_BYTES, utf8ByteLength } from '../document/limits';
import type { Diagram, Localized } from '../document/types';
import { buildDiagram } from './build';
import { readCloudFormation } from './cloudformation';
import type { InputFormat } from './detect';
import { detectFormat } from './detect';
import { positionPath, sourceIssue } from './issues';
import type { ReaderResult } from './issues';
import type { InfraModel, SourceFormat } from './model';
import type { ImportReport } from './report';
import type { HclParser } from './terraform';
import { readTerraformHcl, readTerraformJson } from './terraform';

export { detectFormat } from './detect';
export type { InputFormat } from './detect';
export type { HclParser } from './terraform';

export interface SourceFile {
  name: string;
  text: string;
}

export interface ConvertOptions {
  /** Parses HCL (`.tf`); without it a Terraform HCL file is refused. */
  parseHcl?: HclParser;
}

export type Conversion =
  | { ok: true; format: SourceFormat; document: Diagram; report: ImportReport }
  | { ok: false; format: SourceFormat; errors: ImportIssue[] };

const MESSAGES = {
  noFile: {
    en: 'no file was given.',
    ja: 'ファイルが指定されていません。',
  },
  notInfrastructure: {
    en: 'this is neither a CloudFormation template nor a Terraform file or plan.',
    ja: 'CloudFormation テンプレートでも Terraform のファイルやプランでもありません。',
  },
  severalFiles: (names: string) => ({
    en: `only Terraform files (.tf, .tf.json, .tfvars) can be opened together; not Terraform: ${names}.`,
    ja: `一度に開けるのは Terraform のファイル (.tf, .tf.json, .tfvars) だけです。Terraform ではないファイル: ${names}。`,
  }),
  noHclParser: {
    en: 'Terraform HCL cannot be read here: the HCL parser is not available.',
    ja: 'ここでは Terraform の HCL を読み込めません。HCL パーサーが使えません。',
  },
  notJson: (expectation: Localized) => ({
    en: `the plan is not valid JSON: ${expectation.en}.`,
    ja: `プランが正しい JSON ではありません: ${expectation.ja}。`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;

/** Never throws: an unexpected failure of a reader or the builder is a refusal. */
export async function convertInfrastructure(
  files: readonly SourceFile[],
  options: ConvertOptions,
): Promise<Conversion> {
  let format: SourceFormat = 'cloudformation';
  try {
    const formats = files.map((f) => detectFormat(f.text, f.name));
    format = formatOf(formats);
    const read = await readModel(files, formats, format, options);
    if (!read.ok) return { ok: false, format, errors: read.errors };
    const { document, report } = buildDiagram(read.model);
    return { ok: true, format, document, report };
  } catch (e) {
    return { ok: false, format, errors: [makeIssue('internal', '$', describeError(e))] };
  }
}

/**
 * The format of the set: the first source format among the files' (a comment-only
 * `.tf` beside others is Terraform by its name). A set with none is refused by
 * `readModel`; it is labelled CloudFormation, the format of a lone template.
 */
function formatOf(formats: readonly InputFormat[]): SourceFormat {
  for (const format of formats) if (format !== 'diagram') return format;
  return 'cloudformation';
}

async function readModel(
  files: readonly SourceFile[],
  formats: readonly InputFormat[],
  format: SourceFormat,
  options: ConvertOptions,
): Promise<ReaderResult<InfraModel>> {
  const [first] = files;
  if (first === undefined) return refuse('no-file', '$', MESSAGES.noFile);
  const tooLarge = sizeRefusal(files);
  if (tooLarge) return { ok: false, errors: tooLarge };
  if (files.length > 1) {
    const others = files.filter((_, i) => formats[i] !== 'terraform-hcl').map((f) => f.name);
    if (others.length > 0)
      return refuse('several-files', '$', MESSAGES.severalFiles(others.join(', ')));
  } else if (formats[0] === 'diagram') {
    return refuse('not-infrastructure', '$', MESSAGES.notInfrastructure);
  }
  switch (format) {
    case 'cloudformation':
      return readCloudFormation(first.text);
    case 'terraform-json':
      return readPlan(first.text);
    case 'terraform-hcl':
      if (!options.parseHcl) return refuse('no-hcl-parser', '$', MESSAGES.noHclParser);
      return readTerraformHcl(files, options.parseHcl);
  }
}

function refuse(code: string, path: string, message: Localized): ReaderResult<InfraModel> {
  return { ok: false, errors: [sourceIssue(code, path, message)] };
}

/** The document importer's own refusal, so an oversized template reads like an oversized diagram. */
function sizeRefusal(files: readonly SourceFile[]): ImportIssue[] | undefined {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so most sets need no counting.
  if (files.reduce((n, f) => n + f.text.length * 3, 0) <= MAX_IMPORT_BYTES) return undefined;
  const bytes = files.reduce((n, f) => n + utf8ByteLength(f.text), 0);
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  const refused = importDiagram('', { sizeBytes: bytes });
  return refused.ok ? undefined : refused.errors;
}

function readPlan(text: string): ReaderResult<InfraModel> {
  const parsed = parseJson(text);
  if (parsed.ok) return readTerraformJson(parsed.value);
  const message = MESSAGES.notJson(JSON_EXPECTATIONS[parsed.expectation]);
  const path =
    parsed.line === undefined
      ? '$'
      : positionPath({ line: parsed.line, column: parsed.column ?? 1 });
  return refuse('syntax', path, message);
}

function describeError(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}
