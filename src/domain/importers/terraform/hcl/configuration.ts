/**
 * Several files of one directory are one configuration, as Terraform reads them: the
 * blocks of every file together, a resource or variable declared twice refused,
 * except in override files (`override.tf`, `*_override.tf`), whose attributes replace
 * the original block's. `.tfvars` files give variables their values.
 *
 * The files are JSON already: the HCL parser's output, or Terraform's JSON syntax,
 * which has the same shape except that a block may be one object instead of a list.
 */
import type { ImportIssue } from '../../../document/issues';
import { sourceIssue } from '../../issues';
import type { SourcePosition } from '../../model';
import { REFUSAL } from '../texts';

export type Json = Record<string, unknown>;

export interface ResourceBlock {
  type: string;
  name: string;
  body: Json;
  at?: SourcePosition;
  /** Source order (file, then line): the parser sorts blocks by name, the report follows the files. */
  order: number;
}

export interface ModuleBlock {
  name: string;
  source?: string;
  at?: SourcePosition;
}

export interface Configuration {
  resources: Map<string, ResourceBlock>;
  variables: Map<string, { hasDefault: boolean; default?: unknown }>;
  /** Values from .tfvars files. */
  values: Map<string, unknown>;
  locals: Map<string, unknown>;
  modules: ModuleBlock[];
}

export interface ParsedFile {
  name: string;
  kind: 'configuration' | 'variables';
  json: unknown;
  /** Where `resource "type" "name"` and `module "name"` blocks start (HCL files). */
  positions: Map<string, SourcePosition>;
}

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A block's bodies: a list of objects (parser output) or one object (JSON syntax). */
export const bodiesOf = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : [];

/** Override files merge into the blocks they name instead of declaring them again. */
export const isOverride = (name: string) => /(?:^|[\\/_])override\.tf(?:\.json)?$/.test(name);

/** Copies own keys as own properties (a `__proto__` key stays a key). */
function assignOwn(target: Json, source: Json): Json {
  for (const key of Object.keys(source)) {
    Object.defineProperty(target, key, {
      value: source[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return target;
}

export function emptyConfiguration(): Configuration {
  return {
    resources: new Map(),
    variables: new Map(),
    values: new Map(),
    locals: new Map(),
    modules: [],
  };
}

/** Adds one file's blocks; returns the refusals (duplicates). */
export function addFile(config: Configuration, file: ParsedFile, fileIndex: number): ImportIssue[] {
  const errors: ImportIssue[] = [];
  if (!isObject(file.json))
    return [sourceIssue('not-terraform', file.name, REFUSAL.notConfiguration)];
  const json = file.json;
  if (file.kind === 'variables') {
    for (const key of Object.keys(json)) config.values.set(key, json[key]);
    return errors;
  }
  const override = isOverride(file.name);
  const duplicate = (what: string) =>
    errors.push(sourceIssue('duplicate-block', `${file.name} ${what}`, REFUSAL.duplicate(what)));

  const resources = isObject(json.resource) ? json.resource : {};
  for (const type of Object.keys(resources)) {
    const byName = resources[type];
    if (!isObject(byName)) continue;
    for (const name of Object.keys(byName)) {
      const address = `${type}.${name}`;
      for (const body of bodiesOf(byName[name])) {
        const existing = config.resources.get(address);
        if (existing && override) assignOwn(existing.body, body);
        else if (existing) duplicate(address);
        else
          config.resources.set(address, {
            type,
            name,
            body: assignOwn({}, body),
            at: file.positions.get(address),
            order: fileIndex * 1e7 + (file.positions.get(address)?.line ?? 0),
          });
      }
    }
  }

  const variables = isObject(json.variable) ? json.variable : {};
  for (const name of Object.keys(variables)) {
    for (const body of bodiesOf(variables[name])) {
      const declared = { hasDefault: 'default' in body, default: body.default };
      if (config.variables.has(name) && !override) duplicate(`variable.${name}`);
      else if (!config.variables.has(name) || declared.hasDefault)
        config.variables.set(name, declared);
    }
  }

  for (const locals of bodiesOf(json.locals)) {
    for (const name of Object.keys(locals)) {
      if (config.locals.has(name) && !override) duplicate(`local.${name}`);
      else config.locals.set(name, locals[name]);
    }
  }

  const modules = isObject(json.module) ? json.module : {};
  for (const name of Object.keys(modules)) {
    for (const body of bodiesOf(modules[name])) {
      if (config.modules.some((m) => m.name === name)) {
        if (!override) duplicate(`module.${name}`);
        continue;
      }
      const source = typeof body.source === 'string' ? body.source : undefined;
      config.modules.push({
        name,
        ...(source ? { source } : {}),
        at: file.positions.get(`module.${name}`),
      });
    }
  }
  return errors;
}

/** `resource "aws_vpc" "main" {` and `module "net" {` in HCL text, by line: where the node's source is. */
export function blockPositions(text: string): Map<string, SourcePosition> {
  const positions = new Map<string, SourcePosition>();
  const pattern =
    /^([ \t]*)(?:resource[ \t]+"([^"\n]+)"[ \t]+"([^"\n]+)"|module[ \t]+"([^"\n]+)")[ \t]*\{/gm;
  let line = 1;
  let counted = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (let k = counted; k < m.index; k++) if (text.charCodeAt(k) === 0x0a) line++;
    counted = m.index;
    const key = m[4] !== undefined ? `module.${m[4]}` : `${m[2]}.${m[3]}`;
    if (!positions.has(key)) positions.set(key, { line, column: m[1].length + 1 });
  }
  return positions;
}
