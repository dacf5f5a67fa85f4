/**
 * Which reader a file needs, decided from its content (the file name only breaks a
 * tie): the playground's own JSON, a CloudFormation template (YAML or JSON), the JSON
 * of `terraform show -json`, or Terraform configuration (HCL or its JSON syntax).
 *
 * Detection must stay cheap on a 20 MB file, so nothing is parsed: JSON text is
 * scanned once for its top-level keys (stopping as soon as they decide), YAML and HCL
 * are matched by anchored regular expressions on the raw text. A file nothing
 * recognises is a diagram, so the document importer's own message says what is wrong
 * with it, as it did before templates were accepted.
 */
import type { SourceFormat } from './model';
import { DOCUMENT_TYPE } from '../document/types';

export type InputFormat = 'diagram' | SourceFormat;

/** `"Type": "AWS::EC2::VPC"` (or a custom resource) inside a resource definition. */
const CLOUDFORMATION_TYPE_JSON = /"Type"\s*:\s*"(?:AWS|Custom|Alexa)::/g;
const CLOUDFORMATION_TYPE_YAML = /^[ \t]+["']?Type["']?[ \t]*:[ \t]*["']?(?:AWS|Custom|Alexa)::/m;
const YAML_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/m;
const YAML_VERSION_KEY = /^["']?AWSTemplateFormatVersion["']?[ \t]*:/m;

/** Top-level HCL blocks that only Terraform writes (HCL comments are `#`, `//`, `/* *\/`). */
const HCL_BLOCKS = new RegExp(
  [
    String.raw`^[ \t]*(?:resource|data)[ \t]+"[\w-]+"[ \t]+"[^"\n]*"[ \t]*\{`,
    String.raw`^[ \t]*(?:variable|module|output)[ \t]+"[^"\n]*"[ \t]*\{`,
    String.raw`^[ \t]*provider[ \t]+"[\w-]+"[ \t]*\{`,
    String.raw`^[ \t]*(?:terraform|locals)[ \t]*\{`,
  ].join('|'),
  'm',
);

/** Top-level keys of Terraform's JSON configuration syntax (`main.tf.json`). */
const TERRAFORM_JSON_SYNTAX_KEYS = new Set([
  'resource',
  'data',
  'variable',
  'provider',
  'terraform',
  'module',
  'output',
  'locals',
]);

/** Keys beside `format_version` that make a `terraform show -json` output (plan or state). */
const TERRAFORM_SHOW_KEYS = new Set([
  'planned_values',
  'values',
  'resource_changes',
  'prior_state',
  'terraform_version',
]);

export function detectFormat(text: string, fileName?: string): InputFormat {
  const start = firstSignificant(text);
  const byContent =
    start === -1 ? undefined : text[start] === '{' ? detectJson(text, start) : detectText(text);
  return byContent ?? formatOfName(fileName) ?? 'diagram';
}

/** Index of the first character that is not whitespace or a byte-order mark; -1 for none. */
function firstSignificant(text: string): number {
  return text.search(/[^ \t\n\r\uFEFF]/);
}

/** YAML or HCL: a CloudFormation template's top-level keys, or a Terraform block. */
function detectText(text: string): InputFormat | undefined {
  if (YAML_VERSION_KEY.test(text)) return 'cloudformation';
  if (YAML_RESOURCES_KEY.test(text) && CLOUDFORMATION_TYPE_YAML.test(text)) return 'cloudformation';
  if (HCL_BLOCKS.test(text)) return 'terraform-hcl';
  return undefined;
}

/**
 * A JSON object, judged by its top-level keys as the scan meets them. Invalid JSON is
 * judged by the keys before the error, so a broken template still reaches its reader,
 * which names the line and column.
 */
function detectJson(text: string, start: number): InputFormat | undefined {
  let showJson = false;
  let showKey = false;
  let resources = -1;
  let terraformSyntax = false;
  for (const { key, valueAt } of topLevelKeys(text, start)) {
    if (key === 'type') {
      if (stringAt(text, valueAt) === DOCUMENT_TYPE) return 'diagram';
    } else if (key === 'AWSTemplateFormatVersion') return 'cloudformation';
    else if (key === 'Resources') resources = valueAt;
    else if (key === 'format_version') showJson = true;
    else if (TERRAFORM_SHOW_KEYS.has(key)) showKey = true;
    if (TERRAFORM_JSON_SYNTAX_KEYS.has(key)) terraformSyntax = true;
    if (showJson && showKey) return 'terraform-json';
  }
  if (resources !== -1) {
    CLOUDFORMATION_TYPE_JSON.lastIndex = resources;
    if (CLOUDFORMATION_TYPE_JSON.test(text)) return 'cloudformation';
  }
  if (terraformSyntax && !showJson) return 'terraform-hcl';
  return undefined;
}

/**
 * The keys of the outermost JSON object, in order, with where each value starts. A
 * single pass from bracket to quote (found by the regular expression engine, not
 * character by character) that skips strings and counts brackets; it stops at the
 * object's end, at a string that never closes, or after MAX_TOP_LEVEL_KEYS keys.
 */
function* topLevelKeys(text: string, start: number): Generator<{ key: string; valueAt: number }> {
  const structure = /["{}[\]]/g;
  structure.lastIndex = start;
  let depth = 0;
  let keys = 0;
  for (let m = structure.exec(text); m !== null; m = structure.exec(text)) {
    const c = m[0];
    if (c === '"') {
      const end = stringEnd(text, m.index);
      if (end === -1) return;
      const colon = depth === 1 ? skipSpace(text, end) : -1;
      if (colon !== -1 && text[colon] === ':') {
        if (++keys > MAX_TOP_LEVEL_KEYS) return;
        yield { key: stringAt(text, m.index) ?? '', valueAt: skipSpace(text, colon + 1) };
      }
      structure.lastIndex = end;
    } else if (c === '{' || c === '[') depth++;
    else if (--depth === 0) return;
  }
}

/**
 * Templates, plans and configurations have a handful of top-level keys (CloudFormation
 * at most ten); an object with many more is none of them, and is not scanned further.
 */
const MAX_TOP_LEVEL_KEYS = 64;

/** Index just past the string that opens at `at`, or -1 when it never closes. */
function stringEnd(text: string, at: number): number {
  for (let q = text.indexOf('"', at + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text[q - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
  return -1;
}

/** The JSON string value at `at`, or undefined when there is no (valid) string there. */
function stringAt(text: string, at: number): string | undefined {
  if (text[at] !== '"') return undefined;
  const end = stringEnd(text, at);
  if (end === -1) return undefined;
  try {
    const value: unknown = JSON.parse(text.slice(at, end));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  return i;
}

/**
 * The tie-breaker when the content says nothing (an empty or comment-only file, a
 * `.tfvars` file of plain assignments): a Terraform or YAML name. `.json` says nothing: it may be any of them.
 */
function formatOfName(fileName: string | undefined): InputFormat | undefined {
  const name = fileName?.toLowerCase() ?? '';
  if (/\.(?:tf|tfvars)(?:\.json)?$/.test(name)) return 'terraform-hcl';
  if (/\.(?:ya?ml|template)$/.test(name)) return 'cloudformation';
  return undefined;
}
