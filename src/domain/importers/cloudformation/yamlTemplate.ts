/**
 * A YAML template to plain values, through the `yaml` package with CloudFormation's
 * short-form tags. The parser's own duplicate-key check compares each key with every
 * earlier one of its map (quadratic: minutes for a template of 30,000 resources), so
 * it is off and one linear pass over the syntax tree finds duplicates instead, checks
 * the nesting depth and notes where each resource starts.
 *
 * An unknown tag is refused, not repaired: CloudFormation itself rejects the template,
 * and guessing what `!Foo` meant could draw something the template does not say.
 */
import type { Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ImportIssue } from '../../document/issues';
import { positionPath, sourceIssue } from '../issues';
import type { SourcePosition } from '../model';
import { MAX_ALIASES, MAX_DEPTH } from './limits';
import { REFUSALS } from './messages';
import { CLOUDFORMATION_TAGS } from './yamlTags';

export type TextRead =
  | { ok: true; value: unknown; positions: Map<string, SourcePosition> }
  | { ok: false; errors: ImportIssue[] };

/** At most this many syntax errors are listed: the first ones are the ones to fix. */
const MAX_LISTED = 5;

export function readYaml(text: string): TextRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: CLOUDFORMATION_TAGS,
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const where = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: col };
  };
  const errors: ImportIssue[] = doc.errors.slice(0, MAX_LISTED).map((e) => {
    const path = positionPath(where(e.pos[0]));
    // The parser recurses per level and reports the stack overflow as an error of its own.
    if (e.message.includes('call stack'))
      return sourceIssue('too-deep', path, REFUSALS.tooDeep(MAX_DEPTH));
    // `!GetAZs !Ref AWS::Region`: a common way to nest short forms, which YAML does not allow.
    if (e.message.includes('at most one tag')) return sourceIssue('syntax', path, REFUSALS.twoTags);
    return sourceIssue('syntax', path, REFUSALS.yamlSyntax(firstLine(e.message)));
  });
  for (const w of doc.warnings) {
    if (w.code !== 'TAG_RESOLVE_FAILED' && w.code !== 'BAD_COLLECTION_TYPE') continue;
    const tag = text.slice(w.pos[0], w.pos[1]).trim() || firstLine(w.message);
    errors.push(
      sourceIssue('unknown-tag', positionPath(where(w.pos[0])), REFUSALS.unknownTag(tag)),
    );
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_LISTED) };

  const checked = checkTree(doc.contents, where);
  if (!checked.ok) return checked;
  try {
    return {
      ok: true,
      value: doc.toJS({ maxAliasCount: MAX_ALIASES }),
      positions: checked.positions,
    };
  } catch (e) {
    if (e instanceof ReferenceError)
      return { ok: false, errors: [sourceIssue('too-many-aliases', '$', REFUSALS.tooManyAliases)] };
    // Aliases can nest what each anchor holds, past the depth checked on the tree.
    if (e instanceof RangeError)
      return { ok: false, errors: [sourceIssue('too-deep', '$', REFUSALS.tooDeep(MAX_DEPTH))] };
    throw e;
  }
}

/** `Map keys must be unique at line 3, column 1:` → `Map keys must be unique`. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

type TreeCheck =
  { ok: true; positions: Map<string, SourcePosition> } | { ok: false; errors: ImportIssue[] };

/** Duplicate keys and depth, iteratively (no recursion per level), and the resources' positions. */
function checkTree(root: Node | null, where: (offset: number) => SourcePosition): TreeCheck {
  const positions = new Map<string, SourcePosition>();
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      const at = positionPath(where(node.range?.[0] ?? 0));
      return { ok: false, errors: [sourceIssue('too-deep', at, REFUSALS.tooDeep(MAX_DEPTH))] };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const keys = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (isScalar(key)) {
        const name = String(key.value);
        if (keys.has(name)) {
          const at = positionPath(where(key.range?.[0] ?? 0));
          return {
            ok: false,
            errors: [sourceIssue('duplicate-key', at, REFUSALS.duplicateKey(name))],
          };
        }
        keys.add(name);
      }
      if (!isAlias(pair.value)) stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  notePositions(root, where, positions);
  return { ok: true, positions };
}

/** Where each resource's logical id is written. */
function notePositions(
  root: Node | null,
  where: (offset: number) => SourcePosition,
  positions: Map<string, SourcePosition>,
): void {
  if (!isMap(root)) return;
  const resources = root.items.find((p) => isScalar(p.key) && p.key.value === 'Resources')?.value;
  if (!isMap(resources)) return;
  for (const pair of resources.items) {
    if (isScalar(pair.key) && pair.key.range)
      positions.set(String(pair.key.value), where(pair.key.range[0]));
  }
}
