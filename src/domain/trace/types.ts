/**
 * The traffic trace of docs/spec/trace.md: a question (from, to, port, protocol,
 * threat, mode) and its answer (the path, every hop with its check, the blocked hop,
 * and the threat's outcome). The JSON the CLI prints is this answer as it is, less
 * the localized texts (`message` is printed in the chosen language).
 */
import type { Localized, RuleRow } from '../document/types';
import type { Direction } from '../net/rows';

export type TraceMode = 'network' | 'drawn';
export type TraceProtocol = 'tcp' | 'udp' | 'icmp' | 'all';
export type ThreatKind = 'none' | 'sqli' | 'http-flood' | 'syn-flood' | 'exploit';

export const TRACE_MODES: readonly TraceMode[] = ['network', 'drawn'];
export const TRACE_PROTOCOLS: readonly TraceProtocol[] = ['tcp', 'udp', 'icmp', 'all'];
export const THREAT_KINDS: readonly ThreatKind[] = [
  'none',
  'sqli',
  'http-flood',
  'syn-flood',
  'exploit',
];

/** The literal source id of the public internet when the diagram has no `internet` node. */
export const INTERNET = 'internet';

export interface TraceQuestion {
  /** A node id, or `internet`. */
  readonly from: string;
  readonly to: string;
  /** 0–65535; default 443. */
  readonly port?: number;
  /** Default `tcp`. */
  readonly protocol?: TraceProtocol;
  /** Narrows an internet source, e.g. `203.0.113.7/32`. */
  readonly fromCidr?: string;
  /** Default `none`. */
  readonly threat?: ThreatKind;
  /** Default `network`. */
  readonly mode?: TraceMode;
}

export type HopCheck =
  | 'gateway'
  | 'egress'
  | 'sg-outbound'
  | 'nacl-outbound'
  | 'nacl-inbound'
  | 'sg-inbound'
  | 'listener'
  | 'inspect';
export type HopVerdict = 'allow' | 'deny' | 'inspect';
export type HopPhase = 'request' | 'response';

export type TraceCode =
  // gateway and egress
  | 'NO_ROUTE'
  | 'NO_INTERNET_GATEWAY'
  | 'PRIVATE_SUBNET'
  | 'NO_PUBLIC_ADDRESS'
  | 'NO_NAT_GATEWAY'
  | 'INTERNET_GATEWAY'
  | 'NAT_GATEWAY'
  | 'LOCAL_ROUTE'
  // security groups
  | 'SG_OUTBOUND_ALLOW'
  | 'SG_OUTBOUND_DENY'
  | 'SG_INBOUND_ALLOW'
  | 'SG_INBOUND_DENY'
  | 'SG_STATEFUL_RETURN'
  // network ACLs
  | 'NACL_OUTBOUND_ALLOW'
  | 'NACL_OUTBOUND_DENY'
  | 'NACL_INBOUND_ALLOW'
  | 'NACL_INBOUND_DENY'
  | 'NACL_RESPONSE_ALLOW'
  | 'NACL_RESPONSE_DENY'
  | 'SAME_SUBNET_NO_NACL'
  | 'DEFAULT_NACL_ALLOWS'
  // listeners
  | 'PORT_SERVED'
  | 'PORT_NOT_SERVED'
  // inspecting layers
  | 'WAF_INSPECTS'
  | 'SHIELD_STANDARD'
  | 'SHIELD_ADVANCED'
  | 'NFW_INSPECTS'
  | 'IPS_INSPECTS'
  | 'IDS_MONITORS'
  // no path at all
  | 'NO_PATH';

export type ThreatCode =
  | 'WAF_MANAGED_RULES'
  | 'IPS_BLOCKS'
  | 'WAF_RATE_BASED'
  | 'SHIELD_ADVANCED_L7'
  | 'SHIELD_STANDARD'
  | 'NFW_RULES'
  | 'IDS_DETECTS'
  | 'GUARDDUTY_DETECTS'
  | 'NOT_STOPPED'
  | 'BLOCKED_BEFORE';

/**
 * The deciding rule of a hop, for the panel to show the row itself: for a NACL every
 * row in evaluation order with the index of the one that decided (undefined for the
 * final `*` deny); for a security group the index of the allowing row.
 */
export type DecidingRule =
  | {
      readonly type: 'nacl';
      readonly nacl: string;
      readonly direction: Direction;
      /** The rows in evaluation order (lowest number first). */
      readonly rows: readonly RuleRow[];
      /** Index into `rows` of the deciding row; undefined when none matched (`*`). */
      readonly decidingIndex?: number;
    }
  | {
      readonly type: 'sg';
      /** The security group whose row decided (or, on a deny, the first group checked). */
      readonly sg: string;
      readonly direction: Direction;
      /** The group's rows of that direction as written. */
      readonly rows: readonly RuleRow[];
      /** Index into `rows` of the allowing row; undefined on a deny. */
      readonly decidingIndex?: number;
    };

export interface TraceHop {
  /** 1-based leg number; the response hops carry the leg they answer. */
  readonly leg: number;
  /** The node the check is reported at (a subnet, VPC, security group, NACL, WAF, …). */
  readonly node: string;
  /** The path node this hop belongs to (the node whose badge shows it). */
  readonly at: string;
  readonly check: HopCheck;
  readonly phase: HopPhase;
  readonly verdict: HopVerdict;
  readonly code: TraceCode;
  /** The deciding NACL rule number (`*` for the final deny), or the SG row index; else null. */
  readonly rule: number | '*' | null;
  readonly deciding?: DecidingRule;
  readonly message: Localized;
}

export interface ThreatOutcome {
  readonly kind: Exclude<ThreatKind, 'none'>;
  readonly outcome: 'stopped' | 'not-stopped' | 'blocked-before';
  readonly stoppedBy: { readonly node: string; readonly code: ThreatCode } | null;
  readonly detectedBy: readonly { readonly node: string; readonly code: ThreatCode }[];
  readonly message: Localized;
}

export interface TraceResult {
  readonly question: Required<Omit<TraceQuestion, 'fromCidr'>> & { readonly fromCidr?: string };
  readonly reachable: boolean;
  readonly path: readonly string[];
  readonly hops: readonly TraceHop[];
  readonly blocked: { readonly node: string; readonly code: TraceCode } | null;
  /** Absent when the question has no threat (or `none`). */
  readonly threat?: ThreatOutcome;
}

/** A question the diagram cannot answer as asked: unknown id, bad port, bad CIDR. */
export class TraceQuestionError extends Error {
  constructor(
    readonly field: keyof TraceQuestion,
    readonly text: Localized,
  ) {
    super(text.en);
  }
}

/** The exposure map: what the internet reaches, and on which ports. */
export const EXPOSURE_PORTS: readonly number[] = [22, 80, 443, 3306, 3389, 5432];

export interface ExposedNode {
  readonly node: string;
  /** The ports among EXPOSURE_PORTS that a trace from the internet reaches. */
  readonly ports: readonly number[];
  /** A public edge endpoint (CloudFront, Route 53, API Gateway, …) outside any VPC. */
  readonly entryPoint: boolean;
  /** Higher is riskier: databases and admin ports open to the world first. */
  readonly risk: number;
  readonly reason: Localized;
}

export interface ExposureMap {
  /** Sorted riskiest first, then by node id. */
  readonly nodes: readonly ExposedNode[];
}
