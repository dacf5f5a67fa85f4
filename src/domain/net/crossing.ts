/**
 * Network ACL checks of one traffic edge that crosses a subnet boundary (NACL-02).
 * A NACL is stateless, so four checks apply, each by the NACL of one side:
 * the destination subnet lets the request in and the responses out, and the source
 * subnet lets the request out and the responses in. Responses go to the client's
 * ephemeral ports, any of 1024–65535, so every one of them must be allowed.
 */
import type { DiagramEdge, DiagramNode } from '../document/types';
import type { NaclVerdict } from './nacl';
import { evaluateNacl } from './nacl';
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

/**
 * The NACL checks an edge needs: none when both ends are in the same subnet (a NACL
 * filters only what crosses its subnet's boundary) or when neither is in a subnet.
 */
export function naclChecksOfEdge(net: NetworkView, edge: DiagramEdge): NaclCheck[] {
  if (!net.hasCustomNacls) return [];
  const request = trafficOfEdge(edge);
  if (!request) return [];
  const sourceSubnet = net.subnet(edge.source);
  const targetSubnet = net.subnet(edge.target);
  if (sourceSubnet?.id === targetSubnet?.id) return [];
  const response = responseOf(request);
  const checks: NaclCheck[] = [];
  const add = (
    subnet: DiagramNode | undefined,
    side: Side,
    peerId: string,
    requestDirection: Direction,
  ) => {
    const nacl = subnet && net.customNacl(subnet.id);
    if (!subnet || !nacl) return;
    const peer = net.address(peerId);
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
  add(targetSubnet, 'destination', edge.source, 'inbound');
  add(sourceSubnet, 'source', edge.target, 'outbound');
  return checks;
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
