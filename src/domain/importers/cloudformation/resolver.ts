/**
 * Evaluates a template's intrinsic functions into `Value`s. A parameter's Default is
 * its value; pseudo parameters known only at deployment, `Fn::ImportValue` and
 * attributes of resources not yet created are `Unknown` with their reason; `Ref` and
 * `Fn::GetAtt` to a resource are references to it. A few attributes are the resource's
 * own properties (`!GetAtt Vpc.CidrBlock`), and are followed.
 *
 * Conditions and resources' properties are memoised, so evaluation is linear in the
 * template's size; a step budget and a depth bound stop a pathological template, and a
 * cycle (a condition or an attribute that depends on itself) is unknown.
 */
import type { Localized } from '../../document/types';
import { cidrBlocks } from './cidr';
import { MAX_CHAIN, MAX_DEPTH } from './limits';
import { REFUSALS, UNKNOWN_REASONS } from './messages';
import type { Template } from './template';
import { entriesOf } from './template';
import type { Value } from './values';
import { NO_VALUE, RefText, ResRef, Unknown, textOf, textParts } from './values';

/** Thrown when the template is too complex to evaluate; readCloudFormation refuses it. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly text: Localized,
  ) {
    super(text.en);
  }
}

type Resolved = Value | typeof NO_VALUE;

/** Pseudo parameters with a value that does not depend on the deployment. */
const KNOWN_PSEUDO: Readonly<Record<string, string>> = {
  // The commercial partition: a template for GovCloud or China draws the same diagram.
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
};
const DEPLOYMENT_PSEUDO = new Set([
  'AWS::Region',
  'AWS::AccountId',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::NotificationARNs',
]);

/** Attributes that are one of the resource's own properties. */
const ATTRIBUTE_PROPERTIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'AWS::EC2::VPC': { CidrBlock: 'CidrBlock' },
  'AWS::EC2::Subnet': {
    CidrBlock: 'CidrBlock',
    AvailabilityZone: 'AvailabilityZone',
    VpcId: 'VpcId',
  },
  'AWS::EC2::SecurityGroup': { VpcId: 'VpcId' },
};

/**
 * The zones `Fn::GetAZs` returns for a region the template does not name: their
 * letters (the builder places subnets by zone). Six, as in the largest regions.
 */
const ZONE_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

const CONDITION_FUNCTIONS = new Set(['Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Condition']);

/** Marks a resource whose properties are being evaluated: meeting it again is a cycle. */
const IN_PROGRESS: unique symbol = Symbol('in progress');

export class Resolver {
  private steps = 0;
  private chain = 0;
  private readonly types = new Map<string, string>();
  private readonly rawProperties = new Map<string, unknown>();
  private readonly conditionValues = new Map<string, boolean | Unknown>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly parameterValues = new Map<string, Value>();
  private readonly propertyValues = new Map<string, Map<string, Value> | typeof IN_PROGRESS>();

  constructor(
    private readonly template: Template,
    private readonly budget: number,
  ) {
    for (const r of template.resources) {
      this.types.set(r.id, r.type);
      this.rawProperties.set(r.id, r.properties);
    }
  }

  typeOf(id: string): string | undefined {
    return this.types.get(id);
  }

  /** A resource's evaluated Properties (an empty map when it has none); unknown in a cycle. */
  properties(id: string): Map<string, Value> | Unknown {
    const done = this.propertyValues.get(id);
    if (done === IN_PROGRESS) return new Unknown(UNKNOWN_REASONS.cycle(id), `\${${id}}`);
    if (done) return done;
    if (this.chain >= MAX_CHAIN) return new Unknown(UNKNOWN_REASONS.chainTooLong, `\${${id}}`);
    this.propertyValues.set(id, IN_PROGRESS);
    this.chain++;
    try {
      const raw = this.rawProperties.get(id);
      const value = raw === undefined ? undefined : this.resolve(raw, 1);
      const map = value instanceof Map ? value : new Map<string, Value>();
      this.propertyValues.set(id, map);
      return map;
    } finally {
      this.chain--;
    }
  }

  /** A named condition: true, false, or unknown with the reason. */
  condition(name: string): boolean | Unknown {
    const done = this.conditionValues.get(name);
    if (done !== undefined) return done;
    const written = `\${${name}}`;
    if (!this.template.conditions.has(name))
      return new Unknown(UNKNOWN_REASONS.noCondition(name), written);
    if (this.conditionsInProgress.has(name))
      return new Unknown(UNKNOWN_REASONS.cycle(name), written);
    this.conditionsInProgress.add(name);
    const value = this.evaluateCondition(this.template.conditions.get(name), 1);
    this.conditionsInProgress.delete(name);
    const result =
      value instanceof Unknown
        ? new Unknown(UNKNOWN_REASONS.condition(name, value.reason), written)
        : value;
    this.conditionValues.set(name, result);
    return result;
  }

  /** Evaluates a value of the template. */
  resolve(raw: unknown, depth: number): Resolved {
    if (++this.steps > this.budget)
      throw new Refusal('too-complex', REFUSALS.tooComplex(this.budget));
    if (depth > MAX_DEPTH) throw new Refusal('too-deep', REFUSALS.tooDeep(MAX_DEPTH));
    if (raw === null || raw === undefined) return null;
    if (typeof raw === 'string' || typeof raw === 'boolean') return raw;
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
    if (Array.isArray(raw)) {
      const items: Value[] = [];
      for (const item of raw) {
        const v = this.resolve(item, depth + 1);
        if (v !== NO_VALUE) items.push(v);
      }
      return items;
    }
    if (typeof raw !== 'object') return null;
    // Keys, not entries: this runs on every object of the template, and pairs are garbage.
    const object = raw as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.length === 1) {
      const key = keys[0];
      if (key === 'Ref' || key.startsWith('Fn::'))
        return this.evaluateFunction(key, object[key], depth + 1);
    }
    const map = new Map<string, Value>();
    for (const key of keys) {
      const v = this.resolve(object[key], depth + 1);
      if (v !== NO_VALUE) map.set(key, v);
    }
    return map;
  }

  private value(raw: unknown, depth: number): Value {
    const v = this.resolve(raw, depth);
    return v === NO_VALUE ? null : v;
  }

  private evaluateFunction(name: string, argument: unknown, depth: number): Resolved {
    switch (name) {
      case 'Ref':
        return typeof argument === 'string' ? this.ref(argument) : this.invalid(name);
      case 'Fn::GetAtt':
        return this.getAtt(argument, depth);
      case 'Fn::Sub':
        return this.sub(argument, depth);
      case 'Fn::Join':
        return this.join(argument, depth);
      case 'Fn::Select':
        return this.select(argument, depth);
      case 'Fn::Split':
        return this.split(argument, depth);
      case 'Fn::If':
        return this.ifThen(argument, depth);
      case 'Fn::FindInMap':
        return this.findInMap(argument, depth);
      case 'Fn::GetAZs':
        return this.zones(argument, depth);
      case 'Fn::Cidr':
        return this.cidr(argument, depth);
      case 'Fn::Length': {
        const list = this.value(argument, depth);
        if (Array.isArray(list)) return list.length;
        return list instanceof Unknown ? list : this.invalid(name);
      }
      case 'Fn::ToJsonString':
        return this.toJsonString(argument, depth);
      case 'Fn::ImportValue':
        return new Unknown(UNKNOWN_REASONS.importValue, '${Fn::ImportValue}');
      case 'Fn::Transform':
        return new Unknown(UNKNOWN_REASONS.transform, '${Fn::Transform}');
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.evaluateCondition({ [name]: argument }, depth);
      default:
        return new Unknown(UNKNOWN_REASONS.notEvaluated(name), `\${${name}}`);
    }
  }

  private invalid(name: string): Unknown {
    return new Unknown(UNKNOWN_REASONS.invalidArguments(name), `\${${name}}`);
  }

  /** `Ref`: a parameter's value, a pseudo parameter, or a reference to a resource. */
  private ref(name: string): Resolved {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (Object.hasOwn(KNOWN_PSEUDO, name)) return KNOWN_PSEUDO[name];
    if (DEPLOYMENT_PSEUDO.has(name))
      return new Unknown(UNKNOWN_REASONS.pseudoParameter(name), `\${${name}}`);
    if (this.template.parameters.has(name)) return this.parameter(name);
    if (this.types.has(name)) return new ResRef(name);
    return new Unknown(UNKNOWN_REASONS.unknownName(name), `\${${name}}`);
  }

  private parameter(name: string): Value {
    const done = this.parameterValues.get(name);
    if (done !== undefined) return done;
    const value = parameterValue(
      name,
      new Map(entriesOf(this.template.parameters.get(name)) ?? []),
    );
    this.parameterValues.set(name, value);
    return value;
  }

  private getAtt(argument: unknown, depth: number): Resolved {
    let id: unknown;
    let attr: unknown;
    if (typeof argument === 'string') [id, attr] = splitOnce(argument);
    else if (Array.isArray(argument) && argument.length === 2) {
      id = argument[0];
      const a = this.value(argument[1], depth);
      attr = typeof a === 'string' ? a : undefined;
    }
    if (typeof id !== 'string' || typeof attr !== 'string' || attr === '')
      return this.invalid('Fn::GetAtt');
    return this.attribute(id, attr);
  }

  private attribute(id: string, attr: string): Value {
    const type = this.types.get(id);
    if (type === undefined)
      return new Unknown(UNKNOWN_REASONS.unknownName(id), `\${${id}.${attr}}`);
    const property = ATTRIBUTE_PROPERTIES[type]?.[attr];
    if (property !== undefined && Object.hasOwn(ATTRIBUTE_PROPERTIES[type], attr)) {
      const properties = this.properties(id);
      if (properties instanceof Unknown) return properties;
      const value = properties.get(property);
      if (value !== undefined) return value;
    }
    return new ResRef(id, attr);
  }

  /** `Fn::Sub`: `${Name}`, `${Res.Attr}`, `${!Literal}`, with the list form's variables. */
  private sub(argument: unknown, depth: number): Resolved {
    let source: unknown = argument;
    const variables = new Map<string, Value>();
    if (Array.isArray(argument)) {
      if (argument.length !== 2) return this.invalid('Fn::Sub');
      source = argument[0];
      for (const [key, raw] of entriesOf(argument[1]) ?? [])
        variables.set(key, this.value(raw, depth));
    }
    if (typeof source !== 'string') return this.invalid('Fn::Sub');
    const parts: (string | ResRef | Unknown)[] = [];
    let last = 0;
    for (const m of source.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(source.slice(last, m.index));
      last = m.index + m[0].length;
      const inside = m[1];
      if (inside.startsWith('!')) {
        parts.push(`\${${inside.slice(1)}}`);
        continue;
      }
      const name = inside.trim();
      const value = variables.has(name)
        ? (variables.get(name) as Value)
        : name.includes('.') && !name.startsWith('AWS::')
          ? this.attribute(...splitOnce(name))
          : this.value({ Ref: name }, depth);
      const valueParts = textParts(value);
      if (!valueParts) return this.invalid('Fn::Sub');
      parts.push(...valueParts);
    }
    parts.push(source.slice(last));
    return textOf(parts);
  }

  private join(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string')
      return this.invalid('Fn::Join');
    const delimiter = argument[0];
    const list = this.value(argument[1], depth);
    if (list instanceof Unknown) return list;
    if (!Array.isArray(list)) return this.invalid('Fn::Join');
    const parts: (string | ResRef | Unknown)[] = [];
    for (const [k, item] of list.entries()) {
      const itemParts = textParts(item);
      if (!itemParts) return this.invalid('Fn::Join');
      if (k > 0) parts.push(delimiter);
      parts.push(...itemParts);
    }
    return textOf(parts);
  }

  private select(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) return this.invalid('Fn::Select');
    const index = this.value(argument[0], depth);
    const list = this.value(argument[1], depth);
    if (index instanceof Unknown) return index;
    if (list instanceof Unknown) return list;
    const k = typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : index;
    if (typeof k !== 'number' || !Number.isInteger(k) || !Array.isArray(list))
      return this.invalid('Fn::Select');
    if (k < 0 || k >= list.length)
      return new Unknown(UNKNOWN_REASONS.outOfRange(k), '${Fn::Select}');
    return list[k];
  }

  private split(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2 || typeof argument[0] !== 'string')
      return this.invalid('Fn::Split');
    const source = this.value(argument[1], depth);
    if (typeof source === 'string') return source.split(argument[0]);
    return unknownOf(source) ?? this.invalid('Fn::Split');
  }

  private ifThen(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string')
      return this.invalid('Fn::If');
    const condition = this.condition(argument[0]);
    if (condition instanceof Unknown) return condition;
    return this.resolve(condition ? argument[1] : argument[2], depth);
  }

  private findInMap(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length < 3) return this.invalid('Fn::FindInMap');
    const keys: string[] = [];
    for (const raw of argument.slice(0, 3)) {
      const key = this.value(raw, depth);
      if (key instanceof Unknown) return key;
      if (typeof key !== 'string' && typeof key !== 'number') return this.invalid('Fn::FindInMap');
      keys.push(String(key));
    }
    const [mapName, top, second] = keys;
    const topLevel = new Map(entriesOf(this.template.mappings.get(mapName)) ?? []);
    const found = new Map(entriesOf(topLevel.get(top)) ?? []).get(second);
    if (found !== undefined) return this.resolve(found, depth);
    // The language extensions' fourth argument: { DefaultValue: ... }.
    const fallback = new Map(entriesOf(argument[3]) ?? []).get('DefaultValue');
    if (fallback !== undefined) return this.resolve(fallback, depth);
    return new Unknown(UNKNOWN_REASONS.noMapping(keys.join('.')), '${Fn::FindInMap}');
  }

  private zones(argument: unknown, depth: number): Resolved {
    const region = this.value(argument, depth);
    if (typeof region === 'string' && region !== '') return ZONE_LETTERS.map((z) => region + z);
    return [...ZONE_LETTERS];
  }

  private cidr(argument: unknown, depth: number): Resolved {
    if (!Array.isArray(argument) || argument.length !== 3) return this.invalid('Fn::Cidr');
    const [block, count, bits] = argument.map((a) => this.value(a, depth));
    for (const v of [block, count, bits]) {
      const unknown = unknownOf(v);
      if (unknown) return unknown;
    }
    if (typeof block === 'string' && block.includes(':'))
      return new Unknown(UNKNOWN_REASONS.cidrIpv6, '${Fn::Cidr}');
    const blocks =
      typeof block === 'string' ? cidrBlocks(block, Number(count), Number(bits)) : undefined;
    return blocks ?? this.invalid('Fn::Cidr');
  }

  private toJsonString(argument: unknown, depth: number): Resolved {
    const value = this.value(argument, depth);
    const plain = plainOf(value);
    return plain === undefined
      ? new Unknown(UNKNOWN_REASONS.notEvaluated('Fn::ToJsonString'), '${Fn::ToJsonString}')
      : JSON.stringify(plain);
  }

  /** A condition expression: `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`. */
  private evaluateCondition(raw: unknown, depth: number): boolean | Unknown {
    if (++this.steps > this.budget)
      throw new Refusal('too-complex', REFUSALS.tooComplex(this.budget));
    if (depth > MAX_DEPTH) throw new Refusal('too-deep', REFUSALS.tooDeep(MAX_DEPTH));
    const entries = entriesOf(raw);
    if (entries?.length !== 1 || !CONDITION_FUNCTIONS.has(entries[0][0])) {
      const value = this.value(raw, depth);
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return unknownOf(value) ?? this.invalid('Fn::If');
    }
    const [name, argument] = entries[0];
    if (name === 'Condition')
      return typeof argument === 'string' ? this.condition(argument) : this.invalid(name);
    if (!Array.isArray(argument)) return this.invalid(name);
    if (name === 'Fn::Equals') {
      if (argument.length !== 2) return this.invalid(name);
      const [a, b] = argument.map((x) => this.value(x, depth + 1));
      const unknown = unknownOf(a) ?? unknownOf(b);
      if (unknown) return unknown;
      const [pa, pb] = [plainOf(a, true), plainOf(b, true)];
      if (pa === undefined || pb === undefined)
        return new Unknown(UNKNOWN_REASONS.notEvaluated(name), `\${${name}}`);
      return JSON.stringify(pa) === JSON.stringify(pb);
    }
    const operands = argument.map((x) => this.evaluateCondition(x, depth + 1));
    if (name === 'Fn::Not')
      return operands.length !== 1
        ? this.invalid(name)
        : operands[0] instanceof Unknown
          ? operands[0]
          : !operands[0];
    const decisive = name === 'Fn::And' ? false : true;
    if (operands.includes(decisive)) return decisive;
    return operands.find((o): o is Unknown => o instanceof Unknown) ?? !decisive;
  }
}

function parameterValue(name: string, definition: Map<string, unknown>): Value {
  const type = definition.get('Type');
  const written = `\${${name}}`;
  if (typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value<'))
    return new Unknown(UNKNOWN_REASONS.parameterFromSsm(name), written);
  const given = definition.get('Default');
  if (given === undefined || given === null)
    return new Unknown(UNKNOWN_REASONS.parameterWithoutDefault(name), written);
  if (typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<'))) {
    const items = Array.isArray(given) ? given : String(given).split(',');
    return items.map((item) => String(item).trim());
  }
  if (type === 'Number' && Number.isFinite(Number(given))) return Number(given);
  return typeof given === 'object' ? null : String(given);
}

/** `A.B.C` → [`A`, `B.C`]. */
function splitOnce(text: string): [string, string] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
}

/** Why a value is not plain: its first unknown part, or the attribute it stands for. */
export function unknownOf(value: Value): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (value instanceof ResRef)
    return value.attr === undefined
      ? new Unknown(UNKNOWN_REASONS.resourceValue(value.id), `\${${value.id}}`)
      : new Unknown(
          UNKNOWN_REASONS.attribute(value.id, value.attr),
          `\${${value.id}.${value.attr}}`,
        );
  if (value instanceof RefText) {
    for (const part of value.parts) if (typeof part !== 'string') return unknownOf(part);
  }
  return undefined;
}

/**
 * A value as plain JSON data, or undefined when some part is not known. For
 * `Fn::Equals`, scalars compare as text (`!Equals [!Ref Count, 2]` with a Number parameter).
 */
function plainOf(value: Value, scalarsAsText = false): unknown {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return scalarsAsText ? String(value) : value;
  if (Array.isArray(value)) {
    const items = value.map((v) => plainOf(v, scalarsAsText));
    return items.includes(undefined) ? undefined : items;
  }
  if (value instanceof Map) {
    const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of value) {
      const plain = plainOf(v, scalarsAsText);
      if (plain === undefined) return undefined;
      object[k] = plain;
    }
    return object;
  }
  return undefined;
}
