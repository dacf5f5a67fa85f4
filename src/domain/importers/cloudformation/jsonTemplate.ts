/**
 * A JSON template to plain values. `parseJson` gives syntax errors their line and
 * column; one more pass over the (then valid) text finds what `JSON.parse` lets
 * through silently, a key written twice in the same object (the last one would win;
 * CloudFormation refuses it), refuses nesting deeper than the evaluation follows, and
 * notes where each resource starts. The pass is iterative and keeps the line count as
 * it goes, so a deep or large file costs one linear scan.
 */
import type { ImportIssue } from '../../document/issues';
import { JSON_EXPECTATIONS } from '../../document/importMessages';
import { parseJson } from '../../document/jsonSyntax';
import { positionPath, sourceIssue } from '../issues';
import type { SourcePosition } from '../model';
import { MAX_DEPTH } from './limits';
import { REFUSALS } from './messages';
import type { TextRead } from './yamlTemplate';

export function readJson(text: string): TextRead {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const path =
      parsed.line === undefined
        ? '$'
        : positionPath({ line: parsed.line, column: parsed.column ?? 1 });
    const message = REFUSALS.jsonSyntax(JSON_EXPECTATIONS[parsed.expectation]);
    return { ok: false, errors: [sourceIssue('syntax', path, message)] };
  }
  const scanned = scanObjects(text);
  if ('error' in scanned) return { ok: false, errors: [scanned.error] };
  return { ok: true, value: parsed.value, positions: scanned.positions };
}

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The next string in this object is a key. */
  expectKey: boolean;
  lastKey?: string;
  /** This is the template's `Resources` object. */
  resources: boolean;
}

/** Scans valid JSON: duplicate keys, depth, and the positions of `Resources`' keys. */
function scanObjects(
  text: string,
): { positions: Map<string, SourcePosition> } | { error: ImportIssue } {
  const positions = new Map<string, SourcePosition>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (offset: number) => positionPath({ line, column: offset - lineStart + 1 });
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = ++i;
    } else if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH)
        return { error: sourceIssue('too-deep', at(i), REFUSALS.tooDeep(MAX_DEPTH)) };
      const parent = stack[stack.length - 1];
      const resources =
        c === '{' && stack.length === 1 && parent.object && parent.lastKey === 'Resources';
      stack.push({ object: c === '{', keys: new Set(), expectKey: c === '{', resources });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top.object) top.expectKey = true;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key))
          return { error: sourceIssue('duplicate-key', at(i), REFUSALS.duplicateKey(key)) };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
        if (top.resources) positions.set(key, { line, column: i - lineStart + 1 });
      }
      i = end + 1;
    } else i++;
  }
  return { positions };
}

/** The index of the quote closing the string that starts at `start` (the text is valid JSON). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    let backslashes = 0;
    for (let k = q - 1; text[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}
