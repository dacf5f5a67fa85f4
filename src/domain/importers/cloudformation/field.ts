/**
 * How a mapping reads an evaluated property: `props.get('VpcConfig').get('SubnetIds').refs()`.
 * Reading a value that is unknown, of the wrong shape, or a reference to something that
 * is not a resource of the template records an `UnknownValue` with the property's path
 * (`Properties.VpcConfig.SubnetIds[1]`) and gives undefined, so the prop keeps its
 * default. Only what a mapping reads is reported: an unknown `UserData` says nothing.
 */
import type { Localized } from '../../document/types';
import { shown } from '../../document/importMessages';
import type { ResourceRef, SourceId, SourcePosition, UnknownValue } from '../model';
import { EXPECTED, UNKNOWN_REASONS } from './messages';
import { unknownOf } from './resolver';
import type { Value } from './values';
import { RefText, ResRef, Unknown, written } from './values';

/** Collects the unknown values of a model, once per resource and property. */
export class UnknownSink {
  readonly values: UnknownValue[] = [];
  private readonly seen = new Set<string>();

  add(value: UnknownValue): void {
    const key = `${value.resource ?? ''}\u0000${value.property}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.values.push(value);
  }
}

export interface FieldOwner {
  resource: SourceId;
  at?: SourcePosition;
  sink: UnknownSink;
  /**
   * Whether a resource is of a type the reader maps: a text naming several resources
   * names the one of them that is drawn (`.../restapis/${Api}/stages/${Stage}` is the API).
   */
  isMapped(id: SourceId): boolean;
}

export class Field {
  constructor(
    private readonly owner: FieldOwner,
    readonly value: Value | undefined,
    readonly path: string,
  ) {}

  get present(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  /** A key of a map. Below an unknown value, the unknown value itself (reported at its own path). */
  get(key: string): Field {
    if (this.value instanceof Unknown) return this;
    const child = this.value instanceof Map ? this.value.get(key) : undefined;
    return new Field(this.owner, child, `${this.path}.${key}`);
  }

  /** The items of a list; a single value is a list of one (several properties accept both). */
  items(): Field[] {
    const v = this.value;
    if (v === undefined || v === null) return [];
    if (Array.isArray(v))
      return v.map((item, k) => new Field(this.owner, item, `${this.path}[${k}]`));
    if (v instanceof Unknown) {
      this.report(v.reason);
      return [];
    }
    return [this];
  }

  text(): string | undefined {
    const v = this.value;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    return this.fail(EXPECTED.text);
  }

  number(): number | undefined {
    const v = this.value;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return this.fail(EXPECTED.number);
  }

  boolean(): boolean | undefined {
    const v = this.value;
    if (typeof v === 'boolean') return v;
    // CloudFormation takes "true" and "false" for booleans, as parameters always give text.
    if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
    return this.fail(EXPECTED.boolean);
  }

  /**
   * How the template writes the value, unknown parts as `${AWS::Region}`: for labels
   * and ARNs, which stay meaningful with a part unknown. Never reported.
   */
  written(): string | undefined {
    const v = this.value;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    if (v instanceof ResRef || v instanceof Unknown) return written(v);
    if (v instanceof RefText) return v.parts.map(written).join('');
    return undefined;
  }

  /**
   * The resource the value names: a `Ref` or `Fn::GetAtt`, or a text built around one
   * resource (a stage ARN `arn:aws:apigateway:${AWS::Region}::/restapis/${Api}/stages/prod`).
   */
  ref(): SourceId | undefined {
    const v = this.value;
    if (v === undefined || v === null) return undefined;
    const id = this.referenced();
    if (id !== undefined) return id;
    if (v instanceof Unknown) return this.fail(EXPECTED.resource);
    const text = this.written();
    if (text !== undefined) {
      this.report(UNKNOWN_REASONS.notResource(shown(text).en));
      return undefined;
    }
    return this.fail(EXPECTED.resource);
  }

  /** The resource the value names, if it names one; anything else is not reported (an origin's own domain). */
  referenced(): SourceId | undefined {
    const v = this.value;
    if (v instanceof ResRef) return v.id;
    if (!(v instanceof RefText)) return undefined;
    const ids = [...new Set(v.parts.flatMap((p) => (p instanceof ResRef ? [p.id] : [])))];
    const mapped = ids.length > 1 ? ids.filter((id) => this.owner.isMapped(id)) : ids;
    return mapped.length === 1 ? mapped[0] : undefined;
  }

  refs(): SourceId[] {
    return this.items().flatMap((item) => item.ref() ?? []);
  }

  /** A resource of the template, or an ARN written as text (a web ACL created elsewhere). */
  resourceRef(): ResourceRef | undefined {
    const id = this.referenced();
    if (id !== undefined) return { ref: id };
    const arn = this.written();
    if (arn !== undefined && arn !== '') return { arn };
    return this.fail(EXPECTED.resource);
  }

  /** Reports the value as unknown: its own reason, or that it is not what was expected. */
  private fail(expected: Localized): undefined {
    const v = this.value;
    if (v === undefined || v === null) return undefined;
    const unknown = unknownOf(v);
    this.report(unknown ? unknown.reason : UNKNOWN_REASONS.expected(expected, shownValue(v)));
    return undefined;
  }

  report(reason: Localized): void {
    const { resource, at, sink } = this.owner;
    sink.add({ resource, property: this.path, reason, ...(at ? { at } : {}) });
  }
}

function shownValue(value: Value): Localized {
  if (value instanceof Map) return shown({});
  return shown(value);
}
