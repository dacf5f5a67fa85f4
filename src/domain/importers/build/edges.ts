/**
 * The edges: traffic from the one internet node to every public entry point
 * (distributions, internet-facing load balancers, APIs), from load balancers to
 * their targets and from distributions to their origins, with ports; `protects` from
 * web ACLs, Shield protections and Firewall Manager policies; CloudTrail's `logs` to
 * its bucket; an EventBridge rule's `findings` from the detectors it listens to and
 * `notifies` to its targets. Every edge kind is explicit.
 */
import type { TrafficProtocol } from '../../document/types';
import type { KindId } from '../../kinds/types';
import type { ResourceRef, SourceId } from '../model';
import type { BuildContext, Of } from './context';
import { pushTo } from './multimap';
import { WHAT } from './network';
import { REASONS, notes } from './texts';

const WHAT_ACL = { en: 'a web ACL', ja: 'ウェブ ACL' };
const WHAT_TARGET_GROUP = { en: 'a target group', ja: 'ターゲットグループ' };
const WHAT_LB = { en: 'a load balancer', ja: 'ロードバランサー' };
const WHAT_RULE = { en: 'an EventBridge rule', ja: 'EventBridge ルール' };

const DEFAULT_PORT = 443;

/** TCP for HTTP, HTTPS, TCP and TLS; UDP for UDP (and GENEVE, which runs on it). */
function trafficProtocol(protocol: string | undefined): TrafficProtocol {
  const p = protocol?.toUpperCase() ?? '';
  return p === 'UDP' || p === 'GENEVE' ? 'udp' : 'tcp';
}

function validPort(port: number | undefined): number | undefined {
  return port !== undefined && Number.isInteger(port) && port >= 0 && port <= 65535
    ? port
    : undefined;
}

/** Which detector nodes an event pattern's `source` names (`aws.guardduty`, `guardduty`, ...). */
const DETECTOR_OF_SOURCE: ReadonlyMap<string, KindId> = new Map<string, KindId>([
  ['guardduty', 'guardduty'],
  ['securityhub', 'security-hub'],
  ['inspector', 'inspector'],
  ['inspector2', 'inspector'],
  ['macie', 'macie'],
  ['macie2', 'macie'],
]);

export class EdgeBuilder {
  private internet: string | undefined;
  private readonly arnAcls = new Map<string, string>();
  /** Ports already seen per drawn traffic link, to note a link reached on several. */
  private readonly ports = new Map<string, number[]>();

  constructor(private readonly ctx: BuildContext) {}

  build(): void {
    this.loadBalancers();
    this.distributions();
    for (const api of this.ctx.of.api)
      this.fromInternet(this.ctx.nodeOf(api.id), DEFAULT_PORT, 'tcp');
    this.webAcls();
    this.protections();
    this.trails();
    this.eventRules();
    this.notePorts();
  }

  private internetNode(): string {
    this.internet ??= this.ctx.addNode('internet', { kind: 'internet' }).id;
    return this.internet;
  }

  private traffic(source: string, target: string, port: number, protocol: TrafficProtocol): void {
    const key = `${source}\u0000${target}`;
    const seen = this.ports.get(key);
    if (seen) {
      if (!seen.includes(port)) seen.push(port);
      return;
    }
    this.ports.set(key, [port]);
    this.ctx.addEdge(source, target, 'traffic', { port, protocol });
  }

  private fromInternet(node: string | undefined, port: number, protocol: TrafficProtocol): void {
    if (node !== undefined) this.traffic(this.internetNode(), node, port, protocol);
  }

  private notePorts(): void {
    for (const [key, ports] of this.ports) {
      if (ports.length < 2) continue;
      const [source, target] = key.split('\u0000');
      this.ctx.note(undefined, notes.severalPorts(source, target, ports));
    }
  }

  private targetsOf(): Map<SourceId, SourceId[]> {
    const out = new Map<SourceId, SourceId[]>();
    for (const tg of this.ctx.of['target-group']) out.set(tg.id, [...tg.targets]);
    for (const a of this.ctx.of['target-attachment']) {
      const tg = this.ctx.resolve(a.id, a.targetGroup, ['target-group'], WHAT_TARGET_GROUP);
      const node = this.ctx.nodeFor(a.id, a.target, WHAT.resource);
      this.ctx.partOf(a.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
      if (tg && a.target !== undefined) out.get(tg.id)?.push(a.target);
    }
    return out;
  }

  /** Listeners and target groups become traffic edges from the load balancer to each target. */
  private loadBalancers(): void {
    const ctx = this.ctx;
    const targets = this.targetsOf();
    const listenersOf = new Map<SourceId, Of<'listener'>[]>();
    const usedBy = new Map<SourceId, string[]>();
    for (const l of ctx.of.listener) {
      const lb = ctx.resolve(l.id, l.loadBalancer, ['load-balancer'], WHAT_LB);
      const node = ctx.nodeOf(lb?.id);
      ctx.partOf(l.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
      if (lb) pushTo(listenersOf, lb.id, l);
    }
    for (const lb of ctx.of['load-balancer']) {
      const node = ctx.nodeOf(lb.id);
      if (node === undefined) continue;
      const listeners = listenersOf.get(lb.id) ?? [];
      if (lb.scheme !== 'internal') {
        const open = listeners.filter((l) => validPort(l.port) !== undefined);
        if (open.length === 0) this.fromInternet(node, DEFAULT_PORT, 'tcp');
        for (const l of open)
          this.fromInternet(node, validPort(l.port) as number, trafficProtocol(l.protocol));
      }
      for (const l of listeners)
        for (const ref of l.targetGroups) {
          const tg = ctx.resolve(l.id, ref, ['target-group'], WHAT_TARGET_GROUP);
          if (!tg) continue;
          pushTo(usedBy, tg.id, node);
          const port = validPort(tg.port) ?? validPort(l.port) ?? DEFAULT_PORT;
          const protocol = trafficProtocol(tg.protocol ?? l.protocol);
          for (const target of targets.get(tg.id) ?? []) {
            const to = ctx.nodeFor(tg.id, target, WHAT.resource);
            if (to !== undefined) this.traffic(node, to, port, protocol);
          }
        }
    }
    for (const tg of ctx.of['target-group'])
      ctx.partOf(tg.id, usedBy.get(tg.id) ?? [], REASONS.ownerNotDrawn);
  }

  /** From the internet to each distribution, and on to its origins that are resources. */
  private distributions(): void {
    for (const d of this.ctx.of.distribution) {
      const node = this.ctx.nodeOf(d.id);
      if (node === undefined) continue;
      this.fromInternet(node, DEFAULT_PORT, 'tcp');
      for (const origin of d.origins) {
        const to = this.ctx.nodeFor(d.id, origin.target, WHAT.resource);
        if (to !== undefined)
          this.traffic(node, to, origin.protocol === 'http-only' ? 80 : 443, 'tcp');
      }
      if (d.webAcl) this.protect(this.webAclNode(d.id, d.webAcl), node);
    }
  }

  /** The waf node a reference names: a web ACL of the model, or one drawn from its ARN. */
  private webAclNode(owner: SourceId, ref: ResourceRef): string | undefined {
    if ('ref' in ref) return this.ctx.nodeFor(owner, ref.ref, WHAT_ACL);
    const known = this.arnAcls.get(ref.arn);
    if (known !== undefined) return known;
    const m = /:(global|regional)\/webacl\/([^/]+)/.exec(ref.arn);
    const name = m?.[2] ?? ref.arn;
    const node = this.ctx.addNode(this.ctx.freeId(`waf-${name}`), {
      kind: 'waf',
      label: name,
      props: m ? { scope: m[1] === 'global' ? 'cloudfront' : 'regional' } : {},
    });
    this.arnAcls.set(ref.arn, node.id);
    this.ctx.note(owner, notes.aclFromArn(ref.arn, node.id));
    return node.id;
  }

  private protect(by: string | undefined, target: string | undefined): string[] {
    if (by === undefined || target === undefined) return [];
    this.ctx.addEdge(by, target, 'protects');
    return [by, target];
  }

  private webAcls(): void {
    const ctx = this.ctx;
    for (const a of ctx.of['web-acl-association']) {
      const acl = a.webAcl ? this.webAclNode(a.id, a.webAcl) : undefined;
      const target = ctx.nodeFor(a.id, a.resource, WHAT.resource);
      ctx.partOf(a.id, this.protect(acl, target), REASONS.ownerNotDrawn);
    }
    for (const l of ctx.of['web-acl-logging']) {
      const acl = l.webAcl ? this.webAclNode(l.id, l.webAcl) : undefined;
      ctx.partOf(l.id, acl === undefined ? [] : [acl], REASONS.ownerNotDrawn);
    }
  }

  /** Shield protections and Firewall Manager policies protect what they name. */
  private protections(): void {
    const ctx = this.ctx;
    for (const p of ctx.of['shield-protection']) {
      const shield = ctx.nodeOf(p.id);
      const named = ctx.byId.get(p.resource ?? '');
      if (named?.concept === 'elastic-ip') {
        const instance = ctx.nodeFor(p.id, named.instance, WHAT.instance);
        if (instance !== undefined) ctx.note(p.id, notes.elasticIpTarget(p.id, named.id, instance));
        this.protect(shield, instance);
      } else this.protect(shield, ctx.nodeFor(p.id, p.resource, WHAT.resource));
    }
    for (const policy of ctx.of['firewall-manager-policy']) {
      const fms = ctx.nodeOf(policy.id);
      for (const ref of policy.protects) {
        const target =
          'ref' in ref
            ? ctx.nodeFor(policy.id, ref.ref, WHAT.resource)
            : ctx.nodeFor(policy.id, ref.arn, WHAT.resource);
        this.protect(fms, target);
      }
    }
  }

  private trails(): void {
    for (const trail of this.ctx.of.cloudtrail) {
      const node = this.ctx.nodeOf(trail.id);
      const bucket = this.ctx.nodeFor(trail.id, trail.bucket, WHAT.resource);
      if (node !== undefined && bucket !== undefined) this.ctx.addEdge(node, bucket, 'logs');
    }
  }

  /** `findings` from each detector a rule listens to, `notifies` to each of its targets. */
  private eventRules(): void {
    const ctx = this.ctx;
    const targets = new Map<SourceId, SourceId[]>();
    for (const r of ctx.of['event-rule']) targets.set(r.id, [...r.targets]);
    for (const t of ctx.of['event-target']) {
      const rule = ctx.resolve(t.id, t.rule, ['event-rule'], WHAT_RULE);
      const node = ctx.nodeOf(rule?.id);
      ctx.partOf(t.id, node === undefined ? [] : [node], REASONS.ownerNotDrawn);
      if (rule && t.target !== undefined) targets.get(rule.id)?.push(t.target);
    }
    const detectors = new Map<KindId, string[]>();
    for (const n of ctx.nodes) pushTo(detectors, n.kind, n.id);
    for (const r of ctx.of['event-rule']) {
      const node = ctx.nodeOf(r.id) as string;
      for (const source of r.sources) {
        const kind = DETECTOR_OF_SOURCE.get(source.toLowerCase().replace(/^aws\./, ''));
        for (const detector of kind === undefined ? [] : (detectors.get(kind) ?? []))
          ctx.addEdge(detector, node, 'findings');
      }
      for (const target of targets.get(r.id) ?? []) {
        const to = ctx.nodeFor(r.id, target, WHAT.resource);
        if (to !== undefined) ctx.addEdge(node, to, 'notifies');
      }
    }
  }
}
