/**
 * A template's text to its sections: JSON when it starts with `{`, YAML otherwise. The
 * structure CloudFormation requires is checked here, every problem listed with its
 * path: a Resources map whose entries are maps with a text `Type`, under logical ids of
 * letters and digits.
 */
import type { ImportIssue } from '../../document/issues';
import { shown } from '../../document/importMessages';
import { sourceIssue } from '../issues';
import type { SourcePosition } from '../model';
import { readJson } from './jsonTemplate';
import { REFUSALS } from './messages';
import type { TextRead } from './yamlTemplate';
import { readYaml } from './yamlTemplate';

export interface TemplateResource {
  id: string;
  type: string;
  properties: unknown;
  condition?: unknown;
  at?: SourcePosition;
}

export interface Template {
  description?: string;
  parameters: Map<string, unknown>;
  conditions: Map<string, unknown>;
  mappings: Map<string, unknown>;
  resources: TemplateResource[];
  /** `Transform`, as names (`AWS::Serverless-2016-10-31`). */
  transforms: string[];
  /** SAM's `Globals` section. */
  globals: Map<string, unknown>;
}

export type TemplateRead = { ok: true; template: Template } | { ok: false; errors: ImportIssue[] };

const LOGICAL_ID = /^[A-Za-z0-9]+$/;
/** Broken resources listed at most: enough to fix a batch, not a wall of text. */
const MAX_LISTED = 20;
/** Language-extension loops (`Fn::ForEach::Subnets`) sit among the resources. */
const FOR_EACH = /^Fn::ForEach::[A-Za-z0-9]+$/;

export function readTemplate(text: string): TemplateRead {
  const read = readText(text);
  if (!read.ok) return read;
  return sections(read.value, read.positions);
}

/**
 * JSON when the text starts with `{`. YAML would accept most broken JSON as a flow map
 * (a trailing comma, say), hiding the JSON error a JSON author needs to see.
 */
function readText(text: string): TextRead {
  return /^\uFEFF?\s*\{/.test(text) ? readJson(text) : readYaml(text);
}

/** Own entries of a parsed map (JSON.parse and `yaml` make `__proto__` an own key, never the prototype). */
export function entriesOf(value: unknown): [string, unknown][] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.entries(value);
}

function mapOf(value: unknown): Map<string, unknown> {
  return new Map(entriesOf(value) ?? []);
}

function sections(value: unknown, positions: Map<string, SourcePosition>): TemplateRead {
  const top = entriesOf(value);
  if (!top) return refuse('not-template', '$', REFUSALS.notTemplate);
  const root = new Map(top);
  if (!root.has('Resources')) return refuse('no-resources', 'Resources', REFUSALS.noResources);
  const entries = entriesOf(root.get('Resources'));
  if (!entries) return refuse('resources-not-map', 'Resources', REFUSALS.resourcesNotMap);
  if (entries.length === 0) return refuse('resources-empty', 'Resources', REFUSALS.resourcesEmpty);

  const errors: ImportIssue[] = [];
  const resources: TemplateResource[] = [];
  for (const [id, body] of entries) {
    if (errors.length >= MAX_LISTED) break;
    const path = `Resources.${id}`;
    const at = positions.get(id);
    if (FOR_EACH.test(id)) {
      resources.push({ id, type: 'Fn::ForEach', properties: undefined, at });
      continue;
    }
    if (!LOGICAL_ID.test(id)) {
      errors.push(sourceIssue('bad-logical-id', path, REFUSALS.badLogicalId));
      continue;
    }
    const fields = entriesOf(body);
    if (!fields) {
      errors.push(sourceIssue('resource-not-map', path, REFUSALS.resourceNotMap));
      continue;
    }
    const resource = new Map(fields);
    const type = resource.get('Type');
    if (type === undefined) errors.push(sourceIssue('missing-type', path, REFUSALS.missingType));
    else if (typeof type !== 'string')
      errors.push(sourceIssue('bad-type', `${path}.Type`, REFUSALS.badType(shown(type))));
    else
      resources.push({
        id,
        type,
        properties: resource.get('Properties'),
        condition: resource.get('Condition'),
        at,
      });
  }
  if (errors.length > 0) return { ok: false, errors };

  const transform = root.get('Transform');
  const transforms = (Array.isArray(transform) ? transform : [transform]).filter(
    (t): t is string => typeof t === 'string',
  );
  const description = root.get('Description');
  return {
    ok: true,
    template: {
      description: typeof description === 'string' ? description : undefined,
      parameters: mapOf(root.get('Parameters')),
      conditions: mapOf(root.get('Conditions')),
      mappings: mapOf(root.get('Mappings')),
      resources,
      transforms,
      globals: mapOf(root.get('Globals')),
    },
  };
}

function refuse(code: string, path: string, message: { en: string; ja: string }): TemplateRead {
  return { ok: false, errors: [sourceIssue(code, path, message)] };
}
