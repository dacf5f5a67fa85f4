/**
 * A configuration's resources as instances, the way Terraform expands them: `count`
 * → `addr[0]`, `addr[1]`…; `for_each` over a map or set → `addr["key"]`. What cannot
 * be counted without Terraform is read as one instance and reported; counts are
 * capped so that a hostile `count = 1000000000` stays fast.
 *
 * Expressions are evaluated twice over: first counts and keys (references to
 * resources are not known yet, so they only make the count unknown), then every
 * instance's attributes, with `count.index` / `each.*` bound.
 */
import type { InfraResource, SourceId, UnknownValue } from '../../model';
import { evaluateTemplate, type ResourceInstances, type Scope } from '../expressions';
import type { SourceInstance, SourceResources } from '../source';
import { NOT_DRAWN, UNKNOWN } from '../texts';
import { toValue, Unknown, type Value } from '../values';
import type { Configuration, ResourceBlock } from './configuration';

/** Instances of one resource beyond this are not read (reported). */
export const MAX_COUNT = 256;
/** Instances of the whole configuration beyond this are not read (reported). */
export const MAX_INSTANCES = 20_000;
/** Locals that refer to locals that refer to locals... deeper than this are unknown. */
const MAX_LOCAL_DEPTH = 64;

/** Meta-arguments: how Terraform runs the resource, not what it is. */
const META = new Set([
  'count',
  'for_each',
  'depends_on',
  'lifecycle',
  'provider',
  'provisioner',
  'connection',
]);

interface Iteration {
  address: SourceId;
  key: string;
  countIndex?: number;
  eachKey?: string;
  eachValue?: Value;
}

class ConfigurationScope implements Scope {
  private readonly localValues = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly config: Configuration,
    private readonly instancesOf: (type: string, name: string) => ResourceInstances | undefined,
  ) {}

  evaluate(json: unknown, scope: Scope = this): Value {
    return toValue(
      json,
      (text) => evaluateTemplate(text, scope),
      () => new Unknown(UNKNOWN.tooDeep),
    );
  }

  variable(name: string): Value {
    if (this.config.values.has(name)) return this.evaluate(this.config.values.get(name));
    const declared = this.config.variables.get(name);
    if (!declared) return new Unknown(UNKNOWN.undeclaredVariable(name));
    if (!declared.hasDefault) return new Unknown(UNKNOWN.variableWithoutDefault(name));
    return this.evaluate(declared.default);
  }

  local(name: string): Value {
    const known = this.localValues.get(name);
    if (known !== undefined) return known;
    if (!this.config.locals.has(name)) return new Unknown(UNKNOWN.undeclaredLocal(name));
    if (this.evaluating.has(name)) return new Unknown(UNKNOWN.localCycle(name));
    if (this.evaluating.size >= MAX_LOCAL_DEPTH) return new Unknown(UNKNOWN.tooDeep);
    this.evaluating.add(name);
    const value = this.evaluate(this.config.locals.get(name));
    this.evaluating.delete(name);
    this.localValues.set(name, value);
    return value;
  }

  iteration(): Value | undefined {
    return undefined;
  }

  resource(type: string, name: string): ResourceInstances | undefined {
    return this.instancesOf(type, name);
  }

  /** The same names, with `count.index` / `each.*` of one instance. */
  within(i: Iteration): Scope {
    return {
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      resource: (type, name) => this.resource(type, name),
      iteration: (name) =>
        name === 'count.index'
          ? i.countIndex
          : name === 'each.key'
            ? i.eachKey
            : i.eachKey === undefined
              ? undefined
              : i.eachValue,
    };
  }
}

/** The instances of one resource block, from its count or for_each. */
function expand(
  block: ResourceBlock,
  scope: ConfigurationScope,
  report: (property: string, reason: UnknownValue['reason']) => void,
): Iteration[] {
  const base = `${block.type}.${block.name}`;
  if ('count' in block.body) {
    const count = scope.evaluate(block.body.count);
    const n = typeof count === 'string' && count.trim() !== '' ? Number(count) : count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
      report('count', count instanceof Unknown ? count.reason : UNKNOWN.unknownCount);
      return [{ address: base, key: '' }];
    }
    if (n > MAX_COUNT) {
      report('count', UNKNOWN.countCapped(n, MAX_COUNT));
    }
    return Array.from({ length: Math.min(n, MAX_COUNT) }, (_, i) => ({
      address: `${base}[${i}]`,
      key: String(i),
      countIndex: i,
    }));
  }
  if ('for_each' in block.body) {
    const each = scope.evaluate(block.body.for_each);
    const entries: [string, Value][] | undefined =
      each instanceof Map
        ? [...each]
        : Array.isArray(each) && each.every((k) => typeof k === 'string')
          ? (each as string[]).map((k) => [k, k])
          : undefined;
    if (!entries) {
      report('for_each', each instanceof Unknown ? each.reason : UNKNOWN.unknownCount);
      return [{ address: base, key: '' }];
    }
    if (entries.length > MAX_COUNT)
      report('for_each', UNKNOWN.countCapped(entries.length, MAX_COUNT));
    return entries.slice(0, MAX_COUNT).map(([key, value]) => ({
      address: `${base}[${JSON.stringify(key)}]`,
      key,
      eachKey: key,
      eachValue: value,
    }));
  }
  return [{ address: base, key: '' }];
}

export function configurationInstances(config: Configuration): SourceResources {
  const unknowns: UnknownValue[] = [];
  const reporter =
    (resource: string, at: ResourceBlock['at']) =>
    (property: string, reason: UnknownValue['reason']) =>
      unknowns.push({ resource, property, reason, ...(at ? { at } : {}) });

  // Counts first: resources are only names here (their instances are not known yet).
  const declared = (type: string, name: string): ResourceInstances | undefined => {
    const address = `${type}.${name}`;
    return config.resources.has(address) ? { single: address, byKey: new Map() } : undefined;
  };
  const countScope = new ConfigurationScope(config, declared);
  const expanded = new Map<
    string,
    { block: ResourceBlock; iterations: Iteration[]; keyed: boolean }
  >();
  let total = 0;
  const inSourceOrder = [...config.resources].sort(([, a], [, b]) => a.order - b.order);
  for (const [address, block] of inSourceOrder) {
    if (total >= MAX_INSTANCES) {
      unknowns.push({ property: 'resource', reason: UNKNOWN.totalCapped(MAX_INSTANCES) });
      break;
    }
    const iterations = expand(block, countScope, reporter(address, block.at)).slice(
      0,
      MAX_INSTANCES - total,
    );
    total += iterations.length;
    expanded.set(address, {
      block,
      iterations,
      keyed: iterations.length === 0 || iterations.some((i) => i.key !== ''),
    });
  }

  const instancesByResource = new Map<string, ResourceInstances>();
  for (const [address, { iterations, keyed }] of expanded) {
    instancesByResource.set(
      address,
      keyed
        ? { byKey: new Map(iterations.map((i) => [i.key, i.address])) }
        : { single: address, byKey: new Map() },
    );
  }
  const scope = new ConfigurationScope(config, (type, name) =>
    instancesByResource.get(`${type}.${name}`),
  );
  const instances: SourceInstance[] = [];
  for (const { block, iterations } of expanded.values()) {
    const body: Record<string, unknown> = {};
    for (const key of Object.keys(block.body)) {
      if (!META.has(key))
        Object.defineProperty(body, key, { value: block.body[key], enumerable: true });
    }
    for (const i of iterations) {
      const value = scope.evaluate(body, scope.within(i));
      instances.push({
        address: i.address,
        type: block.type,
        body: value instanceof Map ? value : new Map(),
        ...(block.at ? { at: block.at } : {}),
      });
    }
  }

  const modules: InfraResource[] = config.modules.map((m) => ({
    id: `module.${m.name}`,
    sourceType: 'module',
    concept: 'not-drawn',
    reason: NOT_DRAWN.module(m.name, m.source),
    ...(m.at ? { at: m.at } : {}),
  }));
  return { format: 'terraform-hcl', instances, extra: modules, unknowns };
}
