/**
 * The state of one build: the model indexed by id and by concept, the nodes and edges
 * made so far, the node ids in use, and what became of every resource. Each step of
 * the builder (network, security groups, workloads, ...) reads and adds through it, so
 * every look-up is a map access and the whole build stays linear in the model's size.
 */
import type {
  DiagramEdge,
  DiagramNode,
  EdgeKind,
  Localized,
  PropValue,
  TrafficProps,
} from '../../document/types';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../../document/limits';
import { cutText } from '../../document/read';
import { uniqueId } from '../../document/ids';
import { defaultProps } from '../../kinds/catalogue';
import type { KindId } from '../../kinds/types';
import type { Concept, InfraModel, InfraResource, SourceId } from '../model';
import type { Outcome, ReportNote } from '../report';
import { CONCEPTS } from './concepts';
import { notes } from './texts';

export type Of<C extends Concept> = Extract<InfraResource, { concept: C }>;

export type ByConcept = { [C in Concept]: Of<C>[] };

export interface NodeInput {
  kind: KindId;
  /** Only the props that differ from the kind's defaults. */
  props?: Record<string, PropValue>;
  parent?: string;
  label?: string;
}

export class BuildContext {
  readonly byId = new Map<SourceId, InfraResource>();
  readonly of: ByConcept;
  readonly nodes: DiagramNode[] = [];
  readonly nodeById = new Map<string, DiagramNode>();
  readonly edges: DiagramEdge[] = [];
  readonly outcomes = new Map<SourceId, Outcome>();
  readonly notes: ReportNote[] = [];
  /** The stand-in VPC, subnet and organization, made on first use. */
  readonly standIns: { vpc?: string; subnet?: string; organization?: string } = {};
  /** The node a resource became, by its source id. */
  private readonly primary = new Map<SourceId, string>();
  /** Node ids in use or reserved (every source id is reserved up front). */
  private readonly taken = new Set<string>();
  private readonly edgeIds = new Set<string>();
  private readonly links = new Set<string>();

  constructor(readonly model: InfraModel) {
    const of = {} as Record<Concept, InfraResource[]>;
    for (const concept of CONCEPTS) of[concept] = [];
    for (const r of model.resources) {
      // A concept this builder does not know (a newer reader) is reported as not drawn.
      of[r.concept]?.push(r);
      if (!this.byId.has(r.id)) this.byId.set(r.id, r);
      this.taken.add(r.id);
    }
    this.of = of as ByConcept;
  }

  /** The resource `ref` names when it is one of `concepts`; a missing one is noted. */
  resolve<C extends Concept>(
    owner: SourceId,
    ref: SourceId | undefined,
    concepts: readonly C[],
    what: Localized,
  ): Of<C> | undefined {
    if (ref === undefined) return undefined;
    const found = this.byId.get(ref);
    if (found && (concepts as readonly Concept[]).includes(found.concept)) return found as Of<C>;
    this.note(owner, notes.dangling(owner, ref, what));
    return undefined;
  }

  /** The node `ref` became, if it is drawn; a reference to nothing drawn is noted. */
  nodeFor(owner: SourceId, ref: SourceId | undefined, what: Localized): string | undefined {
    if (ref === undefined) return undefined;
    const node = this.primary.get(ref);
    if (node === undefined) this.note(owner, notes.dangling(owner, ref, what));
    return node;
  }

  /** The node a resource became, without noting its absence. */
  nodeOf(ref: SourceId | undefined): string | undefined {
    return ref === undefined ? undefined : this.primary.get(ref);
  }

  /** A node for a resource of the model: its id is the source id (renamed only if it must be). */
  addResourceNode(resource: InfraResource, input: NodeInput): DiagramNode {
    const node = this.addNode(resource.id, input, resource.id);
    this.primary.set(resource.id, node.id);
    this.outcomes.set(resource.id, { as: 'node', node: node.id, kind: input.kind });
    return node;
  }

  /**
   * A node under a wanted id: kept when it is free and short enough, else made unique
   * (and noted, for `owner`). Source ids are reserved up front, so an id the builder
   * adds (the internet node, a copy) never takes a resource's.
   */
  addNode(wanted: string, input: NodeInput, owner?: SourceId): DiagramNode {
    const ownId = owner !== undefined && wanted === owner && !this.nodeById.has(wanted);
    let id = wanted;
    if (wanted.length === 0) {
      id = uniqueId('resource', this.taken);
      this.note(owner, notes.renamedEmpty(id));
    } else if (wanted.length > MAX_ID_LENGTH) {
      id = uniqueId(wanted, this.taken);
      this.note(owner, notes.renamedTooLong(wanted, id));
    } else if (!ownId && this.taken.has(wanted)) {
      id = uniqueId(wanted, this.taken);
      this.note(owner, notes.renamedTaken(wanted, id));
    }
    this.taken.add(id);
    const props = defaultProps(input.kind);
    Object.assign(props, input.props);
    const node: DiagramNode = {
      id,
      kind: input.kind,
      ...(input.label === undefined ? {} : { label: cutText(input.label, MAX_TEXT_LENGTH) }),
      ...(input.parent === undefined ? {} : { parent: input.parent }),
      props,
    };
    this.nodes.push(node);
    this.nodeById.set(id, node);
    return node;
  }

  /** An id for a node the builder adds, free and at most 128 characters. */
  freeId(wanted: string): string {
    if (wanted.length <= MAX_ID_LENGTH && !this.taken.has(wanted)) return wanted;
    return uniqueId(wanted, this.taken);
  }

  /**
   * An edge of an explicit kind; false when the same link (source, target, kind)
   * already exists, since a document holds each link once.
   */
  addEdge(source: string, target: string, kind: EdgeKind, props?: TrafficProps): boolean {
    const link = `${source}\u0000${target}\u0000${kind}`;
    if (source === target || this.links.has(link)) return false;
    this.links.add(link);
    const base = cutText(`${source}->${target}`, MAX_ID_LENGTH);
    const id = this.edgeIds.has(base) ? uniqueId(base, this.edgeIds) : base;
    this.edgeIds.add(id);
    this.edges.push({ id, source, target, kind, ...(props ? { props } : {}) });
    return true;
  }

  /** The resource is folded into these nodes; with none drawn it is not drawn at all. */
  partOf(resource: SourceId, nodes: Iterable<string>, otherwise: Localized): void {
    const list = [...new Set(nodes)];
    this.outcomes.set(
      resource,
      list.length > 0 ? { as: 'part-of', nodes: list } : { as: 'not-drawn', reason: otherwise },
    );
  }

  notDrawn(resource: SourceId, reason?: Localized): void {
    this.outcomes.set(resource, { as: 'not-drawn', ...(reason ? { reason } : {}) });
  }

  note(resource: SourceId | undefined, text: Localized): void {
    this.notes.push({ ...(resource === undefined ? {} : { resource }), text });
  }

  /** The label of a resource's node: its Name tag, else its source id. */
  labelOf(resource: InfraResource): string {
    return resource.name?.trim() || resource.id;
  }
}
