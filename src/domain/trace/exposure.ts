/**
 * The exposure map: "what can the internet reach?". For each port of EXPOSURE_PORTS
 * one breadth-first search from the internet (paths.ts, the trace's own search and
 * leg checks) marks every node a trace from the internet on that port would reach;
 * the nodes reached on any port are listed riskiest first.
 */
import type { Diagram, DiagramNode, Localized } from '../document/types';
import { message, nodeRef } from '../rules/text';
import type { TraceContext } from './context';
import { createContext, hasPublicAddress, isPublicEndpoint } from './context';
import type { Leg, LegOutcome } from './legs';
import { evaluateLeg } from './legs';
import { internetFacingNodes, isForwarding, searchPaths } from './paths';
import type { ExposedNode, ExposureMap } from './types';
import { EXPOSURE_PORTS } from './types';

/** Kinds that hold data: a database open to the world is the worst finding. */
const DATA_KINDS = new Set(['rds', 's3']);

/** How bad each port is when the internet reaches it. */
const PORT_RISK: Readonly<Record<number, number>> = {
  3306: 90,
  5432: 90,
  22: 80,
  3389: 80,
  80: 30,
  443: 20,
};

const ADMIN_PORTS = new Set([22, 3389]);
const DATABASE_PORTS = new Set([3306, 5432]);

/** Ports that give a shell or a database to the world: the badges and the list mark them. */
export const RISKY_PORTS: ReadonlySet<number> = new Set([...ADMIN_PORTS, ...DATABASE_PORTS]);

function riskOf(node: DiagramNode, ports: readonly number[], direct: boolean): number {
  const worst = Math.max(...ports.map((p) => PORT_RISK[p] ?? 0));
  const data = DATA_KINDS.has(node.kind) ? 20 : 0;
  // Reached straight from the internet, not only through a load balancer or CDN.
  return worst + data + (direct ? 5 : 0) + ports.length;
}

function reasonOf(
  node: DiagramNode,
  ports: readonly number[],
  via: DiagramNode | undefined,
): Localized {
  const list = ports.join(', ');
  const admin = ports.some((p) => ADMIN_PORTS.has(p));
  const database = ports.some((p) => DATABASE_PORTS.has(p));
  const warning: Localized = database
    ? {
        en: ' A database port open to the world.',
        ja: ' データベースのポートが世界に開いています。',
      }
    : admin
      ? {
          en: ' An administration port open to the world.',
          ja: ' 管理用ポートが世界に開いています。',
        }
      : { en: '', ja: '' };
  return via
    ? message(
        (a) => `The internet reaches ${a.node} on TCP ${a.list} through ${a.via}.${a.warning}`,
        (a) =>
          `インターネットから${a.via}を経由して${a.node}の TCP ${a.list} に届きます。${a.warning}`,
        { node: nodeRef(node), list, via: nodeRef(via), warning },
      )
    : message(
        (a) => `The internet reaches ${a.node} directly on TCP ${a.list}.${a.warning}`,
        (a) => `インターネットから${a.node}の TCP ${a.list} に直接届きます。${a.warning}`,
        { node: nodeRef(node), list, warning },
      );
}

/**
 * What a leg's verdict depends on (legs.ts): the source, the traffic, and of the
 * destination its VPC and subnets (which give its address), public address, security
 * groups and listener. In a large design most instances share all of these with a
 * neighbour, so the exposure map evaluates each alike leg once. A load balancer's listener depends on
 * its own edges, so it is keyed by its id. exposureAgreement.test.ts holds this key
 * to the trace: every node's ports equal what trace() answers port by port.
 */
function legKey(ctx: TraceContext, { from, to, traffic }: Leg): string {
  const listener = isForwarding(to.node) || !to.node ? to.id : to.node.kind;
  return [
    from.id,
    traffic.protocol,
    traffic.ports.from,
    traffic.ports.to,
    to.vpc?.id,
    ctx.subnetsOf(to).map((s) => s.id),
    hasPublicAddress(to.node),
    to.groupIds,
    listener,
  ].join('|');
}

function sharedEvaluation(ctx: TraceContext): (leg: Leg) => LegOutcome {
  const outcomes = new Map<string, LegOutcome>();
  return (leg) => {
    const key = legKey(ctx, leg);
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = evaluateLeg(ctx, leg);
      outcomes.set(key, outcome);
    }
    return outcome;
  };
}

export function exposureMap(doc: Diagram): ExposureMap {
  const ctx = createContext(doc);
  const source = ctx.end(ctx.internetId);
  const candidates = internetFacingNodes(ctx);
  const found = new Map<string, { ports: number[]; via: string | undefined }>();
  const evaluate = sharedEvaluation(ctx);
  for (const port of EXPOSURE_PORTS) {
    searchPaths(ctx, source, {
      mode: 'network',
      traffic: { protocol: 'tcp', ports: { from: port, to: port } },
      implicitTargets: () => candidates,
      evaluate,
      onReached(step) {
        const id = step.leg.to.id;
        const entry = found.get(id) ?? { ports: [], via: step.previous?.leg.to.id };
        entry.ports.push(port);
        // A node reached directly on any port counts as directly reachable.
        if (!step.previous) entry.via = undefined;
        found.set(id, entry);
      },
    });
  }
  const nodes: ExposedNode[] = [];
  for (const [id, { ports, via }] of found) {
    const node = ctx.graph.node(id);
    if (!node || node.kind === 'internet') continue;
    nodes.push({
      node: id,
      ports,
      entryPoint: isPublicEndpoint(node) && !ctx.end(id).vpc,
      risk: riskOf(node, ports, via === undefined),
      reason: reasonOf(node, ports, via === undefined ? undefined : ctx.graph.node(via)),
    });
  }
  nodes.sort((a, b) => b.risk - a.risk || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return { nodes };
}
