/**
 * Network ACL checks of one traffic edge that crosses a subnet boundary (NACL-02).
 * A NACL is stateless, so four checks apply, each by the NACL of one side:
 * the destination subnet lets the request in and the responses out, and the source
 * subnet lets the request out and the responses in. Responses go to the client's
 * ephemeral ports, any of 1024–65535, so every one of them must be allowed.
 */
import type { DiagramEdge, DiagramNode, RuleRow } from '../document/types';
import type { NaclVerdict } from './nacl';
import { evaluateNacl, firstBlockingDeny, freeRuleNumber, MAX_RULE_NUMBER } from './nacl';
import { formatPorts } from './ports';
import type { Direction } from './rows';
import { ruleRows } from './rows';
import type { NodeAddress } from './topology';
import type { TrafficSpec } from './traffic';
import { responseOf, trafficOfEdge } from './traffic';
import type { NetworkView } from './view';

export type Side = 'source' | 'destination';
export type Phase = 'request' | 'response';

export interface NaclCheck {
  readonly nacl: DiagramNode;
  readonly subnet: DiagramNode;
  readonly side: Side;
  readonly direction: Direction;
  readonly phase: Phase;
  readonly traffic: TrafficSpec;
  /** The other end's address: the CIDR a rule must contain. */
  readonly peer: NodeAddress;
}

export interface NaclFailure extends NaclCheck {
  readonly verdict: Extract<NaclVerdict, { allowed: false }>;
}

/** One end of a connection as the NACL checks see it: its subnet and its address. */
export interface NaclEnd {
  readonly subnet: DiagramNode | undefined;
  readonly address: NodeAddress;
}

/** The end a diagram node is: the subnet and address rules.md gives it. */
export function naclEndOf(net: NetworkView, id: string): NaclEnd {
  return { subnet: net.subnet(id), address: net.address(id) };
}

/**
 * The NACL checks a connection from `source` to `target` carrying `request` needs:
 * none when both ends are in the same subnet (a NACL filters only what crosses its
 * subnet's boundary) or when neither is in a subnet. The validator's per-edge checks
 * (NACL-02) and the traffic trace's per-leg checks both come from here.
 */
export function naclChecksOfLeg(
  net: NetworkView,
  source: NaclEnd,
  target: NaclEnd,
  request: TrafficSpec,
): NaclCheck[] {
  if (!net.hasCustomNacls) return [];
  const sourceSubnet = source.subnet;
  const targetSubnet = target.subnet;
  if (sourceSubnet?.id === targetSubnet?.id) return [];
  const response = responseOf(request);
  const checks: NaclCheck[] = [];
  const add = (
    subnet: DiagramNode | undefined,
    side: Side,
    peer: NodeAddress,
    requestDirection: Direction,
  ) => {
    const nacl = subnet && net.customNacl(subnet.id);
    if (!subnet || !nacl) return;
    const responseDirection: Direction = requestDirection === 'inbound' ? 'outbound' : 'inbound';
    checks.push({
      nacl,
      subnet,
      side,
      direction: requestDirection,
      phase: 'request',
      traffic: request,
      peer,
    });
    checks.push({
      nacl,
      subnet,
      side,
      direction: responseDirection,
      phase: 'response',
      traffic: response,
      peer,
    });
  };
  add(targetSubnet, 'destination', source.address, 'inbound');
  add(sourceSubnet, 'source', target.address, 'outbound');
  return checks;
}

/** The NACL checks a traffic edge needs (see naclChecksOfLeg). */
export function naclChecksOfEdge(net: NetworkView, edge: DiagramEdge): NaclCheck[] {
  if (!net.hasCustomNacls) return [];
  const request = trafficOfEdge(edge);
  if (!request) return [];
  return naclChecksOfLeg(net, naclEndOf(net, edge.source), naclEndOf(net, edge.target), request);
}

export function runNaclCheck(check: NaclCheck): NaclVerdict {
  return evaluateNacl(ruleRows(check.nacl, check.direction), check.traffic, check.peer.range);
}

/** The checks of `edge` that fail, destination side first, request before response. */
export function naclFailuresOfEdge(net: NetworkView, edge: DiagramEdge): NaclFailure[] {
  const failures: NaclFailure[] = [];
  for (const check of naclChecksOfEdge(net, edge)) {
    const verdict = runNaclCheck(check);
    if (!verdict.allowed) failures.push({ ...check, verdict });
  }
  return failures;
}

/**
 * The allow row that lets a failed check through, numbered before any deny that would
 * decide first; undefined when no number is free below that deny. NACL-02's fix and
 * the trace's Fix both add it, so they never disagree.
 */
export function missingRow(
  check: Pick<NaclCheck, 'nacl' | 'direction' | 'traffic' | 'peer'>,
): RuleRow | undefined {
  const rows = ruleRows(check.nacl, check.direction);
  const blocking = firstBlockingDeny(rows, check.traffic, check.peer.range);
  const number = freeRuleNumber(rows, blocking?.rule ?? MAX_RULE_NUMBER + 1);
  if (number === undefined) return undefined;
  return {
    rule: number,
    protocol: check.traffic.protocol,
    ports: formatPorts(check.traffic.ports),
    cidr: check.peer.cidr,
    action: 'allow',
  };
}
