/**
 * How a mapping reads a resource's attributes, whatever the source: typed getters
 * that follow references, report every value they cannot know (with its property path
 * such as `ingress[0].cidr_blocks[1]`) and return undefined for it, so the prop keeps
 * its default. The HCL reader and the plan/state reader differ only in the values
 * they hand over and in how `follow` and `lookup` answer.
 */
import type { Localized } from '../../document/types';
import type { ResourceRef, SourceId } from '../model';
import { UNKNOWN } from './texts';
import { Ref, Unknown, type Value } from './values';

export interface ReadContext {
  readonly id: SourceId;
  report(property: string, reason: Localized): void;
  /** The value a reference points at (an attribute of another resource), or an Unknown. */
  follow(ref: Ref): Value;
  /** The resources whose id, ARN or name is this text (state and plan values are ids). */
  lookup(text: string): readonly SourceId[];
  typeOf(id: SourceId): string | undefined;
}

/** References followed one after the other before giving up (a cycle of attributes). */
const MAX_HOPS = 16;

export class Attrs {
  constructor(
    private readonly body: Map<string, Value>,
    private readonly ctx: ReadContext,
    private readonly prefix = '',
  ) {}

  get id(): SourceId {
    return this.ctx.id;
  }

  private path(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  private report(property: string, reason: Localized): undefined {
    this.ctx.report(property, reason);
    return undefined;
  }

  /** Reports an attribute of this block as unknown (a value the mapping cannot use). */
  reportOn(name: string, reason: Localized): void {
    this.report(this.path(name), reason);
  }

  /** The raw value, references not followed; null counts as absent. */
  raw(name: string): Value | undefined {
    const v = this.body.get(name);
    return v === null ? undefined : v;
  }

  /** A known value after following references; reports and returns undefined otherwise. */
  private known(value: Value | undefined, property: string): Value | undefined {
    let current = value;
    for (let hops = 0; current instanceof Ref; hops++) {
      if (hops === MAX_HOPS) return this.report(property, UNKNOWN.tooManyHops);
      current = this.ctx.follow(current);
    }
    if (current instanceof Unknown) return this.report(property, current.reason);
    return current === null ? undefined : current;
  }

  str(name: string): string | undefined {
    return this.scalarText(this.raw(name), this.path(name));
  }

  private scalarText(value: Value | undefined, property: string): string | undefined {
    const v = this.known(value, property);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return this.report(property, UNKNOWN.notA('text'));
  }

  num(name: string): number | undefined {
    const property = this.path(name);
    const v = this.known(this.raw(name), property);
    if (v === undefined) return undefined;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
    return this.report(property, UNKNOWN.notA('number'));
  }

  bool(name: string): boolean | undefined {
    const property = this.path(name);
    const v = this.known(this.raw(name), property);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return this.report(property, UNKNOWN.notA('boolean'));
  }

  /** The items of a list (a single value counts as a list of one); unknown items are reported and skipped. */
  private items(name: string): { value: Value; property: string }[] {
    const property = this.path(name);
    const raw = this.raw(name);
    if (raw === undefined) return [];
    // A reference to a list attribute (`aws_db_subnet_group.x.subnet_ids`) is that list;
    // a reference to one resource is a list of one.
    const followed = raw instanceof Ref ? this.ctx.follow(raw) : raw;
    const v = raw instanceof Ref && !Array.isArray(followed) ? raw : followed;
    if (v === null) return [];
    if (v instanceof Unknown) return this.report(property, v.reason) ?? [];
    const list = Array.isArray(v) ? v : [v];
    return list.flatMap((value, index) =>
      value === null
        ? []
        : [{ value, property: Array.isArray(v) ? `${property}[${index}]` : property }],
    );
  }

  strs(name: string): string[] {
    return this.items(name).flatMap(
      ({ value, property }) => this.scalarText(value, property) ?? [],
    );
  }

  /**
   * Each item of a list as text, or undefined for one that is unknown (reported), so
   * a mapping can tell that a list has an item it cannot know.
   */
  strsOrUnknown(name: string): { text: string | undefined; property: string }[] {
    const property = this.path(name);
    const raw = this.raw(name);
    const followed = raw instanceof Ref ? this.ctx.follow(raw) : raw;
    if (followed instanceof Unknown) {
      this.report(property, followed.reason);
      return [{ text: undefined, property }];
    }
    return this.items(name).map(({ value, property: at }) => ({
      text: this.scalarText(value, at),
      property: at,
    }));
  }

  /** The resource a value names: a reference, or an id/ARN/name found among the resources. */
  private resolve(value: Value, property: string, types?: readonly string[]): SourceId | undefined {
    if (value instanceof Ref) return value.address;
    if (value instanceof Unknown) return this.report(property, value.reason);
    if (typeof value !== 'string') return this.report(property, UNKNOWN.notA('text'));
    if (value === '') return undefined;
    const found = this.lookup(value, types);
    if (found.length === 1) return found[0];
    return this.report(
      property,
      found.length === 0 ? UNKNOWN.notAResource(value) : UNKNOWN.ambiguous(value, found),
    );
  }

  private lookup(text: string, types?: readonly string[]): readonly SourceId[] {
    const found = this.ctx.lookup(text);
    if (!types || found.length < 2) return found;
    return found.filter((id) => types.includes(this.ctx.typeOf(id) ?? ''));
  }

  ref(name: string, types?: readonly string[]): SourceId | undefined {
    const property = this.path(name);
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (Array.isArray(raw)) {
      if (raw.length <= 1)
        return raw.length === 1 ? this.resolve(raw[0], property, types) : undefined;
      const ids = raw.flatMap((item) => (item instanceof Ref ? [item.address] : []));
      return this.report(property, UNKNOWN.severalResources(ids));
    }
    return this.resolve(raw, property, types);
  }

  refs(name: string, types?: readonly string[]): SourceId[] {
    const out = this.items(name).flatMap(
      ({ value, property }) => this.resolve(value, property, types) ?? [],
    );
    return [...new Set(out)];
  }

  /** A web ACL or protected resource: one of ours, or only an ARN. */
  target(name: string): ResourceRef | undefined {
    const raw = this.raw(name);
    if (typeof raw === 'string' && raw.startsWith('arn:') && this.ctx.lookup(raw).length === 0)
      return { arn: raw };
    const ref = this.ref(name);
    return ref === undefined ? undefined : { ref };
  }

  /**
   * The one resource a value is built from, even through functions and text
   * (`"${aws_s3_bucket.b.bucket}.s3.amazonaws.com"`, `tolist(...)[0].endpoint_id`):
   * enough for a route target or an origin. Otherwise the known text, if any.
   */
  mention(name: string): { ref?: SourceId; text?: string } {
    const raw = this.raw(name);
    if (raw instanceof Ref) return { ref: raw.address };
    if (raw instanceof Unknown && new Set(raw.mentions).size === 1) return { ref: raw.mentions[0] };
    if (typeof raw === 'string') {
      const found = this.ctx.lookup(raw);
      if (found.length === 1) return { ref: found[0] };
    }
    const text = this.str(name);
    return text === undefined ? {} : { text };
  }

  /** The text, or the template as written when parts of it are unknown (nothing reported): for matching a pattern. */
  template(name: string): string | undefined {
    const raw = this.raw(name);
    if (raw instanceof Unknown && raw.template !== undefined) return raw.template;
    return typeof raw === 'string' ? raw : this.str(name);
  }

  /** The attribute is set to something (known or not): an origin access control id, a policy. */
  isSet(name: string): boolean {
    const raw = this.raw(name);
    return raw !== undefined && raw !== '' && !(Array.isArray(raw) && raw.length === 0);
  }

  /** Nested blocks (a list of objects, or one object in JSON syntax); `dynamic` ones are reported. */
  blocks(name: string): Attrs[] {
    const dynamic = this.raw('dynamic');
    if (dynamic instanceof Map && dynamic.has(name))
      this.report(this.path(`dynamic.${name}`), UNKNOWN.dynamicBlock(name));
    const raw = this.raw(name);
    if (raw === undefined) return [];
    if (raw instanceof Unknown || raw instanceof Ref)
      return (
        this.report(this.path(name), raw instanceof Unknown ? raw.reason : UNKNOWN.notA('list')) ??
        []
      );
    const list = Array.isArray(raw) ? raw : [raw];
    return list.flatMap((item, index) =>
      item instanceof Map
        ? [
            new Attrs(
              item,
              this.ctx,
              Array.isArray(raw) ? `${this.path(name)}[${index}]` : this.path(name),
            ),
          ]
        : [],
    );
  }

  block(name: string): Attrs | undefined {
    return this.blocks(name)[0];
  }

  /** The `Name` tag. */
  nameTag(): string | undefined {
    const tags = this.raw('tags');
    if (!(tags instanceof Map) || !tags.has('Name')) return undefined;
    return this.blocks('tags')[0]?.str('Name');
  }
}
