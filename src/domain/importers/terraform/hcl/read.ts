/**
 * `.tf` files (HCL through the injected parser), `.tf.json` files (Terraform's JSON
 * syntax, read without the parser) and `.tfvars` files, as one configuration.
 *
 * A file is JSON when its name ends with `.json` or its text starts with `{` (an HCL
 * configuration never does); a file named `*.tfvars` or `*.tfvars.json` gives
 * variables their values.
 */
import type { ImportIssue } from '../../../document/issues';
import { JSON_EXPECTATIONS } from '../../../document/importMessages';
import { parseJson } from '../../../document/jsonSyntax';
import { positionPath, sourceIssue, type ReaderResult } from '../../issues';
import type { InfraModel } from '../../model';
import { mapResources } from '../read';
import { REFUSAL } from '../texts';
import {
  addFile,
  blockPositions,
  emptyConfiguration,
  isOverride,
  type ParsedFile,
} from './configuration';
import { configurationInstances } from './instances';
import { MAX_HCL_NESTING, tooDeep } from './nesting';
import { hclParseIssue } from './parseErrors';

/** Parses one `.tf` file's HCL into the JSON `@cdktf/hcl2json` returns; rejects with the parser's message. */
export type HclParser = (fileName: string, text: string) => Promise<unknown>;

export interface TerraformFile {
  name: string;
  text: string;
}

const isJsonFile = (file: TerraformFile) =>
  /\.json$/i.test(file.name) ||
  file.text
    .trimStart()
    .replace(/^\uFEFF/, '')
    .startsWith('{');

async function parseFile(file: TerraformFile, parse: HclParser): Promise<ParsedFile | ImportIssue> {
  const kind = /\.tfvars(?:\.json)?$/i.test(file.name) ? 'variables' : 'configuration';
  if (isJsonFile(file)) {
    const parsed = parseJson(file.text);
    if (parsed.ok) return { name: file.name, kind, json: parsed.value, positions: new Map() };
    const at =
      parsed.line === undefined
        ? ''
        : ` ${positionPath({ line: parsed.line, column: parsed.column ?? 1 })}`;
    return sourceIssue(
      'not-json',
      `${file.name}${at}`,
      REFUSAL.json(JSON_EXPECTATIONS[parsed.expectation]),
    );
  }
  const deep = tooDeep(file.text);
  if (deep)
    return sourceIssue(
      'too-deep',
      `${file.name} ${positionPath(deep)}`,
      REFUSAL.nesting(MAX_HCL_NESTING),
    );
  try {
    const json = await parse(file.name, file.text);
    return { name: file.name, kind, json, positions: blockPositions(file.text) };
  } catch (error) {
    return hclParseIssue(file.name, error);
  }
}

export async function readTerraformHcl(
  files: readonly TerraformFile[],
  parse: HclParser,
): Promise<ReaderResult<InfraModel>> {
  if (files.length === 0)
    return { ok: false, errors: [sourceIssue('no-files', '$', REFUSAL.noFiles)] };
  const config = emptyConfiguration();
  const errors: ImportIssue[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = await parseFile(file, parse);
    if ('code' in result) errors.push(result);
    else parsed.push(result);
  }
  // Configuration files before override files, as Terraform merges them.
  const ordered = [
    ...parsed.filter((f) => !isOverride(f.name)),
    ...parsed.filter((f) => isOverride(f.name)),
  ];
  ordered.forEach((file, i) => errors.push(...addFile(config, file, i)));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, model: mapResources(configurationInstances(config)) };
}
