/**
 * Terraform's template strings and expressions, as `@cdktf/hcl2json` leaves them
 * (`"${aws_subnet.a.id}"`, `"web-${var.env}"`), evaluated as far as a reader without
 * Terraform can: literals, lists, objects, references (`var.*`, `local.*`,
 * `count.index`, `each.*`, resource attributes, splats), conditionals and operators on
 * known values, and the few functions that only reshape values (`jsonencode`,
 * `toset`, `concat`, `lookup`, ...). Anything else becomes an `Unknown` that still
 * names the resources it mentions.
 *
 * The parser evaluates as it reads (no tree). Nesting is bounded, so a hostile string
 * cannot exhaust the stack; a syntax it does not know stops it (ParseStop) and the
 * whole interpolation becomes unknown.
 */
import type { SourceId } from '../model';
import { UNKNOWN } from './texts';
import { MAX_VALUE_DEPTH, mentionsIn, Ref, toJson, Unknown, type Value } from './values';

/** What names in an expression mean; implemented by the HCL reader. */
export interface Scope {
  variable(name: string): Value;
  local(name: string): Value;
  /** `count.index`, `each.key`, `each.value`; undefined outside count / for_each. */
  iteration(name: 'count.index' | 'each.key' | 'each.value'): Value | undefined;
  /** The instances of a declared resource: one address, or addresses by index/key. */
  resource(type: string, name: string): ResourceInstances | undefined;
}

export interface ResourceInstances {
  /** The address when the resource has neither count nor for_each. */
  single?: SourceId;
  /** Instance addresses by `String(index)` or key. */
  byKey: Map<string, SourceId>;
}

class ParseStop {}

const IDENT = /[A-Za-z_][\w-]*/y;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /(?:\s|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/y;

const BINARY: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};
const OPERATORS = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%'];

/** An unknown result: an unknown operand's reason says best why (`variable x has no default`). */
function unknownOfAll(reason: Unknown['reason'], values: readonly Value[]): Unknown {
  const mentions = new Set<SourceId>();
  for (const v of values) mentionsIn(v, mentions);
  const operand = values.find((v): v is Unknown => v instanceof Unknown);
  return new Unknown(operand?.reason ?? reason, [...mentions]);
}

const unknownOf = (reason: Unknown['reason'], ...values: Value[]): Unknown =>
  unknownOfAll(reason, values);

const isKnown = (v: Value): boolean => !(v instanceof Ref || v instanceof Unknown);

/** Evaluates one string of the configuration (a template). */
export function evaluateTemplate(text: string, scope: Scope): Value {
  if (!text.includes('${') && !text.includes('%{')) return text;
  const evaluator = new Evaluator(text, scope);
  try {
    return evaluator.template(0, text.length, 0);
  } catch (e) {
    // An interpolation that never closes, or nesting past the bound.
    if (e instanceof ParseStop) return evaluator.unreadable();
    throw e;
  }
}

class Evaluator {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly scope: Scope,
  ) {}

  /**
   * The template between `from` and `to`: one interpolation alone is its value (of
   * any type); text with interpolations is a string when every part is known.
   */
  template(from: number, to: number, depth: number): Value {
    const parts: Value[] = [];
    let literal = '';
    let k = from;
    while (k < to) {
      const c = this.text[k];
      if ((c === '$' || c === '%') && this.text[k + 1] === c && this.text[k + 2] === '{') {
        literal += `${c}{`;
        k += 3;
      } else if (c === '$' && this.text[k + 1] === '{') {
        const end = this.interpolationEnd(k + 2, to, depth);
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.interpolation(k + 2, end, depth));
        k = end + 1;
      } else if (c === '%' && this.text[k + 1] === '{') {
        const directive = this.ifDirective(k, to, depth);
        if (literal) parts.push(literal);
        literal = '';
        parts.push(directive.value);
        k = directive.end;
      } else {
        literal += c;
        k++;
      }
    }
    if (literal) parts.push(literal);
    if (parts.length === 1 && literal === '') return parts[0];
    if (
      parts.every((p) => typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean')
    ) {
      return parts.join('');
    }
    const unknown = unknownOfAll(UNKNOWN.notEvaluated(this.text.slice(from, to)), parts);
    return new Unknown(unknown.reason, unknown.mentions, this.text.slice(from, to));
  }

  /**
   * `%{if c}a%{else}b%{endif}` at `at` (the parser writes a conditional inside text
   * this way): the branch the condition chooses. Other directives (`for`) are unknown.
   */
  private ifDirective(at: number, to: number, depth: number): { value: Value; end: number } {
    const open = this.interpolationEnd(at + 2, to, depth);
    const head = this.text
      .slice(at + 2, open)
      .replace(/^~|~$/g, '')
      .trim();
    const tail = this.directiveTail(open + 1, to, depth);
    if (!head.startsWith('if ') || !tail) {
      const end = tail?.end ?? to;
      return { value: this.mentions(at, end, UNKNOWN.notEvaluated(`%{${head}}`)), end };
    }
    const condition = this.interpolation(this.text.indexOf('if', at + 2) + 2, open, depth);
    if (typeof condition !== 'boolean') {
      const mentioned = this.mentions(at, tail.end);
      return {
        value: unknownOfAll(UNKNOWN.notEvaluated(`%{${head}}`), [condition, mentioned]),
        end: tail.end,
      };
    }
    const [from, until] = condition
      ? [open + 1, tail.elseAt ?? tail.endAt]
      : tail.elseEnd === undefined
        ? [0, 0]
        : [tail.elseEnd, tail.endAt];
    return { value: from === until ? '' : this.template(from, until, depth + 1), end: tail.end };
  }

  /** Where the `%{else}` and the `%{endif}` / `%{endfor}` closing a directive opened before `from` are. */
  private directiveTail(
    from: number,
    to: number,
    depth: number,
  ): { elseAt?: number; elseEnd?: number; endAt: number; end: number } | undefined {
    let nesting = 0;
    let elseAt: number | undefined;
    let elseEnd: number | undefined;
    for (let k = from; k < to; k++) {
      const c = this.text[k];
      if ((c === '$' || c === '%') && this.text[k + 1] === c && this.text[k + 2] === '{') k += 2;
      else if (c === '$' && this.text[k + 1] === '{') k = this.interpolationEnd(k + 2, to, depth);
      else if (c === '%' && this.text[k + 1] === '{') {
        const close = this.interpolationEnd(k + 2, to, depth);
        const word = this.text
          .slice(k + 2, close)
          .replace(/^~|~$/g, '')
          .trim();
        if (word.startsWith('if ') || word.startsWith('for ')) nesting++;
        else if (word === 'endif' || word === 'endfor') {
          if (nesting === 0) return { elseAt, elseEnd, endAt: k, end: close + 1 };
          nesting--;
        } else if (word === 'else' && nesting === 0) {
          elseAt = k;
          elseEnd = close + 1;
        }
        k = close;
      }
    }
    return undefined;
  }

  /** The value of `${ ... }` whose body is [from, to). */
  private interpolation(from: number, to: number, depth: number): Value {
    let start = from;
    let end = to;
    if (this.text[start] === '~') start++;
    if (this.text[end - 1] === '~') end--;
    const saved = this.i;
    this.i = start;
    try {
      const value = this.expression(depth + 1, end);
      this.space(end);
      if (this.i !== end) throw new ParseStop();
      return value;
    } catch (e) {
      if (!(e instanceof ParseStop)) throw e;
      return this.mentions(start, end, UNKNOWN.notEvaluated(this.text.slice(start, end).trim()));
    } finally {
      this.i = saved;
    }
  }

  /** The whole text as unknown, naming what it mentions. */
  unreadable(): Unknown {
    return this.mentions(0, this.text.length);
  }

  /** An Unknown naming the resources written in [from, to), for syntax the parser does not read. */
  private mentions(
    from: number,
    to: number,
    reason = UNKNOWN.notEvaluated(this.text.slice(from, to).trim()),
  ): Unknown {
    const found = new Set<SourceId>();
    // On the slice: a scan of the whole text for each unreadable part would be quadratic.
    const text = this.text.slice(from, to);
    for (const m of text.matchAll(
      /(?<![\w.])([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[(\d+|"[^"]*")\])?/g,
    )) {
      const instances = this.scope.resource(m[1], m[2]);
      if (!instances) continue;
      const key = m[3]?.replace(/^"|"$/g, '');
      const one = key === undefined ? instances.single : instances.byKey.get(key);
      if (one) found.add(one);
      else for (const address of instances.byKey.values()) found.add(address);
    }
    return new Unknown(reason, [...found]);
  }

  /** Index of the `}` closing an interpolation that starts at `from` (strings and brackets skipped). */
  private interpolationEnd(from: number, to: number, depth: number): number {
    if (depth > MAX_VALUE_DEPTH) throw new ParseStop();
    let nesting = 0;
    let k = from;
    while (k < to) {
      const c = this.text[k];
      if (c === '"') k = this.stringEnd(k + 1, to, depth + 1);
      else {
        if (c === '{' || c === '(' || c === '[') nesting++;
        else if (c === ')' || c === ']') nesting--;
        else if (c === '}') {
          if (nesting === 0) return k;
          nesting--;
        }
        k++;
      }
    }
    throw new ParseStop();
  }

  /** Index just past the `"` closing a quoted template whose body starts at `from`. */
  private stringEnd(from: number, to: number, depth: number): number {
    let k = from;
    while (k < to) {
      const c = this.text[k];
      if (c === '\\') k += 2;
      else if (c === '"') return k + 1;
      else if ((c === '$' || c === '%') && this.text[k + 1] === '{') {
        k = this.interpolationEnd(k + 2, to, depth) + 1;
      } else k++;
    }
    throw new ParseStop();
  }

  private space(to: number): void {
    SPACE.lastIndex = this.i;
    SPACE.exec(this.text);
    this.i = Math.min(SPACE.lastIndex, to);
  }

  private peek(to: number, token: string): boolean {
    this.space(to);
    return this.text.startsWith(token, this.i) && this.i + token.length <= to;
  }

  private eat(to: number, token: string): boolean {
    if (!this.peek(to, token)) return false;
    this.i += token.length;
    return true;
  }

  private expect(to: number, token: string): void {
    if (!this.eat(to, token)) throw new ParseStop();
  }

  private identifier(to: number): string | undefined {
    this.space(to);
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.text);
    if (!m || IDENT.lastIndex > to) return undefined;
    this.i = IDENT.lastIndex;
    return m[0];
  }

  expression(depth: number, to: number): Value {
    if (depth > MAX_VALUE_DEPTH) throw new ParseStop();
    this.space(to);
    const start = this.i;
    const condition = this.binary(depth, to, 1);
    if (!this.eat(to, '?')) return condition;
    const yes = this.expression(depth + 1, to);
    this.expect(to, ':');
    const no = this.expression(depth + 1, to);
    if (typeof condition === 'boolean') return condition ? yes : no;
    return unknownOf(
      UNKNOWN.notEvaluated(this.text.slice(start, this.i).trim()),
      condition,
      yes,
      no,
    );
  }

  private binary(depth: number, to: number, minPrecedence: number): Value {
    this.space(to);
    const start = this.i;
    let left = this.unary(depth + 1, to);
    for (;;) {
      this.space(to);
      const op = OPERATORS.find((o) => this.text.startsWith(o, this.i) && this.i + o.length <= to);
      if (!op || BINARY[op] < minPrecedence) return left;
      this.i += op.length;
      const right = this.binary(depth + 1, to, BINARY[op] + 1);
      left = applyBinary(op, left, right, this.text.slice(start, this.i).trim());
    }
  }

  private unary(depth: number, to: number): Value {
    if (depth > MAX_VALUE_DEPTH) throw new ParseStop();
    if (this.eat(to, '!')) {
      const v = this.unary(depth + 1, to);
      return typeof v === 'boolean' ? !v : unknownOf(UNKNOWN.notEvaluated('!'), v);
    }
    if (this.eat(to, '-')) {
      const v = this.unary(depth + 1, to);
      return typeof v === 'number' ? -v : unknownOf(UNKNOWN.notEvaluated('-'), v);
    }
    return this.postfix(depth + 1, to, this.primary(depth + 1, to));
  }

  private primary(depth: number, to: number): Value {
    this.space(to);
    const c = this.text[this.i];
    if (c === '"') {
      const start = this.i + 1;
      const end = this.stringEnd(start, to, depth);
      this.i = end;
      return this.quoted(start, end - 1, depth);
    }
    if (c === '(') {
      this.i++;
      const v = this.expression(depth + 1, to);
      this.expect(to, ')');
      return v;
    }
    if (c === '[') return this.list(depth, to);
    if (c === '{') return this.object(depth, to);
    NUMBER.lastIndex = this.i;
    const number = NUMBER.exec(this.text);
    if (number && NUMBER.lastIndex <= to) {
      this.i = NUMBER.lastIndex;
      return Number(number[0]);
    }
    const name = this.identifier(to);
    if (name === undefined) throw new ParseStop();
    if (name === 'true' || name === 'false') return name === 'true';
    if (name === 'null') return null;
    if (this.peek(to, '(')) return this.call(name, depth, to);
    return this.traversal(name, to);
  }

  /** A quoted template inside an expression: escapes, then the template rules. */
  private quoted(from: number, to: number, depth: number): Value {
    const raw = this.text.slice(from, to);
    if (!raw.includes('\\')) return this.template(from, to, depth + 1);
    const unescaped = raw.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
      e.length > 1
        ? String.fromCharCode(parseInt(e.slice(1), 16))
        : ({ n: '\n', t: '\t', r: '\r' }[e] ?? e),
    );
    return new Evaluator(unescaped, this.scope).template(0, unescaped.length, depth + 1);
  }

  private list(depth: number, to: number): Value {
    this.i++;
    const start = this.i;
    if (this.identifier(to) === 'for') return this.skipFor(start - 1, ']', to);
    this.i = start;
    const items: Value[] = [];
    while (!this.eat(to, ']')) {
      items.push(this.expression(depth + 1, to));
      if (!this.eat(to, ',')) {
        this.expect(to, ']');
        break;
      }
    }
    return items;
  }

  private object(depth: number, to: number): Value {
    this.i++;
    const start = this.i;
    if (this.identifier(to) === 'for') return this.skipFor(start - 1, '}', to);
    this.i = start;
    const map = new Map<string, Value>();
    while (!this.eat(to, '}')) {
      const key = this.objectKey(depth, to);
      if (!this.eat(to, '=')) this.expect(to, ':');
      const value = this.expression(depth + 1, to);
      if (typeof key !== 'string')
        return unknownOf(UNKNOWN.notEvaluated('{ (key) = ... }'), key, value);
      map.set(key, value);
      this.eat(to, ',');
    }
    return map;
  }

  private objectKey(depth: number, to: number): Value {
    this.space(to);
    if (this.text[this.i] === '"' || this.text[this.i] === '(') return this.primary(depth + 1, to);
    const name = this.identifier(to);
    if (name === undefined) throw new ParseStop();
    return name;
  }

  /** A for-expression is not evaluated: it becomes unknown, naming what it mentions. */
  private skipFor(open: number, close: string, to: number): Value {
    const end = this.interpolationEndOf(open, close, to);
    this.i = end + 1;
    return this.mentions(open, end + 1);
  }

  private interpolationEndOf(open: number, close: string, to: number): number {
    let nesting = 0;
    for (let k = open; k < to; k++) {
      const c = this.text[k];
      if (c === '"') k = this.stringEnd(k + 1, to, 0) - 1;
      else if (c === '[' || c === '{' || c === '(') nesting++;
      else if (c === ']' || c === '}' || c === ')') {
        nesting--;
        if (nesting === 0) {
          if (c !== close) throw new ParseStop();
          return k;
        }
      }
    }
    throw new ParseStop();
  }

  private call(name: string, depth: number, to: number): Value {
    this.expect(to, '(');
    const args: Value[] = [];
    while (!this.eat(to, ')')) {
      args.push(this.expression(depth + 1, to));
      this.eat(to, '...');
      if (!this.eat(to, ',')) {
        this.expect(to, ')');
        break;
      }
    }
    return applyFunction(name, args);
  }

  /** `var.x`, `local.x`, `count.index`, `each.key`, `data.*`, `module.*`, `type.name[...]`. */
  private traversal(root: string, to: number): Value {
    const attribute = (): string => {
      this.expect(to, '.');
      const name = this.identifier(to);
      if (name === undefined) throw new ParseStop();
      return name;
    };
    switch (root) {
      case 'var':
        return this.scope.variable(attribute());
      case 'local':
        return this.scope.local(attribute());
      case 'count':
      case 'each': {
        const name = `${root}.${attribute()}` as 'count.index' | 'each.key' | 'each.value';
        return this.scope.iteration(name) ?? new Unknown(UNKNOWN.iteration(name));
      }
      case 'data': {
        const type = attribute();
        return new Unknown(UNKNOWN.dataSource(`data.${type}.${attribute()}`));
      }
      case 'module':
        return new Unknown(UNKNOWN.moduleOutput(`module.${attribute()}`));
      case 'path':
      case 'terraform':
      case 'self':
        return new Unknown(UNKNOWN.notEvaluated(`${root}.${attribute()}`));
    }
    if (!this.peek(to, '.')) return new Unknown(UNKNOWN.notEvaluated(root));
    const name = attribute();
    const instances = this.scope.resource(root, name);
    const address = `${root}.${name}`;
    if (!instances) return new Unknown(UNKNOWN.undeclaredResource(address));
    if (this.peek(to, '[*]') || this.peek(to, '.*')) {
      this.i += 3 - (this.text[this.i] === '.' ? 1 : 0);
      const all = instances.single ? [instances.single] : [...instances.byKey.values()];
      return this.splat(
        all.map((a) => new Ref(a)),
        to,
      );
    }
    if (this.peek(to, '[')) {
      this.i++;
      const key = this.expression(1, to);
      this.expect(to, ']');
      if (typeof key !== 'string' && typeof key !== 'number') {
        const all = [...instances.byKey.values()].map((a) => new Ref(a));
        return unknownOfAll(UNKNOWN.wholeExpandedResource(address), [key, ...all]);
      }
      const one = instances.byKey.get(String(key));
      return one
        ? new Ref(one)
        : new Unknown(UNKNOWN.noInstance(`${address}[${JSON.stringify(key)}]`));
    }
    if (instances.single) return new Ref(instances.single);
    return new Unknown(UNKNOWN.wholeExpandedResource(address), [...instances.byKey.values()]);
  }

  /** After `[*]`: the attribute path that follows applies to every element. */
  private splat(items: Value[], to: number): Value {
    let current = items;
    while (this.peek(to, '.') && !this.peek(to, '..')) {
      this.i++;
      const name = this.identifier(to);
      if (name === undefined) throw new ParseStop();
      current = current.map((item) => step(item, name));
    }
    return current;
  }

  /** `.attr`, `[index]` after a value. */
  private postfix(depth: number, to: number, start: Value): Value {
    let value = start;
    for (;;) {
      if (this.peek(to, '[*]') || this.peek(to, '.*')) {
        this.i += this.text[this.i] === '.' ? 2 : 3;
        value = this.splat(Array.isArray(value) ? value : [value], to);
      } else if (this.peek(to, '.') && !this.peek(to, '...')) {
        this.i++;
        this.space(to);
        NUMBER.lastIndex = this.i;
        const index = /\d/.test(this.text[this.i] ?? '') ? NUMBER.exec(this.text) : null;
        if (index) {
          this.i = NUMBER.lastIndex;
          value = step(value, Number(index[0]));
        } else {
          const name = this.identifier(to);
          if (name === undefined) throw new ParseStop();
          value = step(value, name);
        }
      } else if (this.peek(to, '[')) {
        this.i++;
        const key = this.expression(depth + 1, to);
        this.expect(to, ']');
        value =
          typeof key === 'string' || typeof key === 'number'
            ? step(value, key)
            : unknownOf(UNKNOWN.notEvaluated('[...]'), value, key);
      } else return value;
    }
  }
}

/** One attribute or index step into a value. */
function step(value: Value, key: string | number): Value {
  if (value instanceof Ref) return new Ref(value.address, [...value.path, key]);
  if (value instanceof Unknown) return value;
  if (value instanceof Map)
    return value.get(String(key)) ?? new Unknown(UNKNOWN.notEvaluated(`.${key}`));
  if (Array.isArray(value) && typeof key === 'number')
    return value[key] ?? new Unknown(UNKNOWN.notEvaluated(`[${key}]`));
  return new Unknown(UNKNOWN.notEvaluated(`.${key}`));
}

function applyBinary(op: string, left: Value, right: Value, source: string): Value {
  if (op === '==' || op === '!=') {
    if (!isKnown(left) || !isKnown(right))
      return unknownOf(UNKNOWN.notEvaluated(source), left, right);
    const same = JSON.stringify(toJson(left)) === JSON.stringify(toJson(right));
    return op === '==' ? same : !same;
  }
  if (op === '&&' || op === '||') {
    if (typeof left === 'boolean' && typeof right === 'boolean')
      return op === '&&' ? left && right : left || right;
    return unknownOf(UNKNOWN.notEvaluated(source), left, right);
  }
  const a = typeof left === 'string' && left.trim() !== '' ? Number(left) : left;
  const b = typeof right === 'string' && right.trim() !== '' ? Number(right) : right;
  if (typeof a !== 'number' || typeof b !== 'number' || Number.isNaN(a) || Number.isNaN(b)) {
    return unknownOf(UNKNOWN.notEvaluated(source), left, right);
  }
  switch (op) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    default:
      return a % b;
  }
}

/** Functions that only reshape known values; the rest are unknown. */
function applyFunction(name: string, args: Value[]): Value {
  const unknown = () => unknownOfAll(UNKNOWN.function(name), args);
  const [first, second, third] = args;
  switch (name) {
    case 'tolist':
    case 'toset':
      if (!Array.isArray(first)) return unknown();
      return name === 'toset' ? dedupe(first) : first;
    case 'tomap':
      return first instanceof Map ? first : unknown();
    case 'tostring':
      return typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean'
        ? String(first)
        : unknown();
    case 'tonumber':
      return typeof first === 'number'
        ? first
        : typeof first === 'string' && first.trim() !== '' && !Number.isNaN(Number(first))
          ? Number(first)
          : unknown();
    case 'tobool':
      return typeof first === 'boolean'
        ? first
        : first === 'true' || first === 'false'
          ? first === 'true'
          : unknown();
    case 'jsonencode': {
      const json = args.length === 1 ? toJson(first) : undefined;
      return json === undefined ? unknown() : JSON.stringify(json);
    }
    case 'concat':
      return args.every(Array.isArray) ? (args as Value[][]).flat() : unknown();
    case 'merge': {
      if (!args.every((a) => a instanceof Map)) return unknown();
      const merged = new Map<string, Value>();
      for (const map of args as Map<string, Value>[]) for (const [k, v] of map) merged.set(k, v);
      return merged;
    }
    case 'lookup':
      if (!(first instanceof Map) || typeof second !== 'string') return unknown();
      return first.get(second) ?? third ?? unknown();
    case 'element':
      if (!Array.isArray(first) || first.length === 0 || typeof second !== 'number')
        return unknown();
      return first[((second % first.length) + first.length) % first.length];
    case 'length':
      return Array.isArray(first)
        ? first.length
        : first instanceof Map
          ? first.size
          : typeof first === 'string'
            ? first.length
            : unknown();
    default:
      return unknown();
  }
}

function dedupe(items: Value[]): Value[] {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const item of items) {
    const key =
      item instanceof Ref
        ? `ref:${item.address}:${item.path.join('.')}`
        : isKnown(item)
          ? JSON.stringify(toJson(item))
          : undefined;
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    out.push(item);
  }
  return out;
}
