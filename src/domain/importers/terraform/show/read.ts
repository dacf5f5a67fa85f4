/**
 * The JSON of `terraform show -json`, for a plan or a state.
 *
 * A state's values are all known, and references are found by value: `vpc_id:
 * "vpc-0abc"` names the resource whose id (or ARN, or name where names are used) is
 * that text. A plan's `planned_values` leave what is known only after apply as null;
 * there the configuration's `expressions.*.references` say which resource the value
 * comes from. Addresses are Terraform's (`module.net.aws_subnet.a[0]`).
 *
 * Malformed input (a wrong shape at any level) is refused with the JSON path.
 */
import type { ImportIssue } from '../../../document/issues';
import { sourceIssue, type ReaderResult } from '../../issues';
import type { InfraModel } from '../../model';
import { mapResources } from '../read';
import { REFUSAL, UNKNOWN, type Shape } from '../texts';
import { toValue, Unknown } from '../values';
import type { PlannedResource } from './planned';
import { overlayReferences, type ConfigModule } from './references';

/** Modules nested deeper than this are refused (Terraform's own trees are shallow). */
const MAX_MODULE_DEPTH = 32;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Refusal {
  constructor(readonly issue: ImportIssue) {}
}
const refuse = (path: string, shape: Shape): never => {
  throw new Refusal(sourceIssue('wrong-shape', path, REFUSAL.wrongShape(shape)));
};

function listAt(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : refuse(path, 'list');
}

function walkModule(
  mod: unknown,
  path: string,
  depth: number,
  modulePath: string[],
  out: PlannedResource[],
): void {
  if (depth > MAX_MODULE_DEPTH) throw new Refusal(sourceIssue('too-deep', path, REFUSAL.tooDeep));
  if (!isObject(mod)) refuse(path, 'object');
  const module = mod as Json;
  listAt(module.resources, `${path}.resources`).forEach((r, i) => {
    const at = `${path}.resources[${i}]`;
    if (!isObject(r) || typeof r.address !== 'string' || typeof r.type !== 'string')
      return refuse(at, 'resource');
    if (r.values !== undefined && r.values !== null && !isObject(r.values))
      refuse(`${at}.values`, 'object');
    if (r.mode === 'data') return;
    const body = toValue(
      r.values ?? {},
      (s) => s,
      () => new Unknown(UNKNOWN.tooDeep),
    );
    out.push({
      instance: { address: r.address, type: r.type, body: body instanceof Map ? body : new Map() },
      module: modulePath,
      configAddress: `${r.type}.${typeof r.name === 'string' ? r.name : ''}`,
      index: r.index,
    });
  });
  listAt(module.child_modules, `${path}.child_modules`).forEach((child, i) => {
    const at = `${path}.child_modules[${i}]`;
    if (!isObject(child) || typeof child.address !== 'string') return refuse(at, 'module');
    // `module.a[0].module.b` → the calls a, b of the configuration.
    const names = [...child.address.matchAll(/module\.([\w-]+)/g)].map((m) => m[1]);
    walkModule(child, at, depth + 1, names, out);
  });
}

export function readTerraformJson(value: unknown): ReaderResult<InfraModel> {
  try {
    if (!isObject(value))
      return { ok: false, errors: [sourceIssue('not-terraform-json', '$', REFUSAL.notShowJson)] };
    const isPlan = value.planned_values !== undefined;
    const root = isPlan ? value.planned_values : value.values;
    const rootPath = isPlan ? 'planned_values' : 'values';
    if (root === undefined && typeof value.format_version !== 'string') {
      return { ok: false, errors: [sourceIssue('not-terraform-json', '$', REFUSAL.notShowJson)] };
    }
    const planned: PlannedResource[] = [];
    if (root !== undefined && root !== null) {
      if (!isObject(root)) refuse(rootPath, 'object');
      if ((root as Json).root_module !== undefined)
        walkModule((root as Json).root_module, `${rootPath}.root_module`, 0, [], planned);
    }
    if (isPlan) {
      const configuration = isObject(value.configuration) ? value.configuration : {};
      overlayReferences(
        planned,
        isObject(configuration.root_module) ? (configuration.root_module as ConfigModule) : {},
      );
    }
    return {
      ok: true,
      model: mapResources({
        format: 'terraform-json',
        instances: planned.map((p) => p.instance),
        unknowns: [],
      }),
    };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, errors: [e.issue] };
    throw e;
  }
}
