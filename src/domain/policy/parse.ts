/**
 * Reads a resource policy's JSON text into the model of `model.ts`, with an error that
 * says where: line and column for text that is not JSON (the same scanner as the
 * diagram import), the statement index and field for a wrong shape
 * ("Statement[1].Effect must be Allow or Deny").
 */
import { parseJson } from '../document/jsonSyntax';
import type { JsonExpectation } from '../document/importMessages';
import type { Conditions, Effect, Policy, Principal, Statement } from './model';

export type PolicyProblem =
  | { kind: 'json'; line?: number; column?: number; expectation: JsonExpectation }
  /** `path` is where the shape is wrong, e.g. `Statement[1].Effect`; `expected` what it must be. */
  | { kind: 'shape'; path: string; expected: ShapeExpectation };

export type ShapeExpectation =
  | 'object'
  | 'statements'
  | 'effect'
  | 'text'
  | 'text-or-list'
  | 'principal'
  | 'condition'
  | 'action-or-not-action';

export type PolicyParse = { ok: true; policy: Policy } | { ok: false; problem: PolicyProblem };

/** An empty (or blank) text is no policy at all. */
export function isBlankPolicy(text: string): boolean {
  return text.trim() === '';
}

class ShapeError {
  constructor(
    readonly path: string,
    readonly expected: ShapeExpectation,
  ) {}
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function textOrList(value: unknown, path: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'))
    return value as string[];
  throw new ShapeError(path, 'text-or-list');
}

function readPrincipal(value: unknown, path: string): Principal {
  if (value === '*') return '*';
  if (!isObject(value) || Object.keys(value).length === 0) throw new ShapeError(path, 'principal');
  const out: Record<string, string[]> = {};
  for (const [type, ids] of Object.entries(value)) out[type] = textOrList(ids, `${path}.${type}`);
  return out;
}

function readConditions(value: unknown, path: string): Conditions {
  if (!isObject(value)) throw new ShapeError(path, 'condition');
  const out: Record<string, Record<string, string[]>> = {};
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) throw new ShapeError(`${path}.${operator}`, 'condition');
    const byKey: Record<string, string[]> = {};
    for (const [key, values] of Object.entries(keys)) {
      // Condition values may be booleans or numbers (`"aws:SecureTransport": false`).
      const asText = (v: unknown) =>
        typeof v === 'boolean' || typeof v === 'number' ? String(v) : v;
      const list = Array.isArray(values) ? values.map(asText) : asText(values);
      byKey[key] = textOrList(list, `${path}.${operator}.${key}`);
    }
    out[operator] = byKey;
  }
  return out;
}

function readStatement(value: unknown, path: string): Statement {
  if (!isObject(value)) throw new ShapeError(path, 'object');
  const effect = value.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') throw new ShapeError(`${path}.Effect`, 'effect');
  if (value.Sid !== undefined && typeof value.Sid !== 'string')
    throw new ShapeError(`${path}.Sid`, 'text');
  if (value.Action === undefined && value.NotAction === undefined)
    throw new ShapeError(`${path}.Action`, 'action-or-not-action');
  const list = (field: string) =>
    value[field] === undefined ? undefined : textOrList(value[field], `${path}.${field}`);
  const principal = (field: string) =>
    value[field] === undefined ? undefined : readPrincipal(value[field], `${path}.${field}`);
  const statement: Statement = {
    sid: value.Sid as string | undefined,
    effect: effect as Effect,
    principal: principal('Principal'),
    notPrincipal: principal('NotPrincipal'),
    action: list('Action'),
    notAction: list('NotAction'),
    resource: list('Resource'),
    notResource: list('NotResource'),
    condition:
      value.Condition === undefined
        ? undefined
        : readConditions(value.Condition, `${path}.Condition`),
  };
  // Absent fields stay absent, so that two parses of one policy compare equal.
  return Object.fromEntries(
    Object.entries(statement).filter(([, v]) => v !== undefined),
  ) as unknown as Statement;
}

/** Reads the policy JSON text; a blank text is an empty policy. */
export function parsePolicy(text: string): PolicyParse {
  if (isBlankPolicy(text)) return { ok: true, policy: { statements: [] } };
  const json = parseJson(text);
  if (!json.ok)
    return {
      ok: false,
      problem: {
        kind: 'json',
        line: json.line,
        column: json.column,
        expectation: json.expectation,
      },
    };
  try {
    const root = json.value;
    if (!isObject(root)) throw new ShapeError('(policy)', 'object');
    if (root.Version !== undefined && typeof root.Version !== 'string')
      throw new ShapeError('Version', 'text');
    // A single statement may be written as an object instead of a list.
    const raw = Array.isArray(root.Statement) ? root.Statement : [root.Statement];
    if (root.Statement === undefined || raw.length === 0)
      throw new ShapeError('Statement', 'statements');
    const statements = raw.map((s, i) =>
      readStatement(s, Array.isArray(root.Statement) ? `Statement[${i}]` : 'Statement'),
    );
    return {
      ok: true,
      policy: { ...(root.Version === undefined ? {} : { version: root.Version }), statements },
    };
  } catch (e) {
    if (e instanceof ShapeError)
      return { ok: false, problem: { kind: 'shape', path: e.path, expected: e.expected } };
    throw e;
  }
}
