/**
 * Ports and protocols of rule rows (`"443"`, `"1024-65535"`, `"all"`) and of traffic
 * edges (a port number or a range), and the small interval arithmetic that lets a rule
 * evaluation say "every port of this range is allowed".
 */

/** An inclusive port range. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };
/** Where clients' ephemeral ports lie; NACL rules for responses must cover all of it. */
export const EPHEMERAL_PORTS: PortRange = { from: 1024, to: 65535 };

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

const PORT_RANGE = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/;

/**
 * A rule's `ports` text or an edge's `port` (number or `"a-b"` string) as a range;
 * `"all"` and `"*"` are every port. Undefined when it is not a valid port or range.
 */
export function parsePorts(value: string | number | undefined): PortRange | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 65535
      ? { from: value, to: value }
      : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const t = value.trim().toLowerCase();
  if (t === 'all' || t === '*' || t === '-1') return ALL_PORTS;
  const m = PORT_RANGE.exec(t);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to > 65535 || from > to) return undefined;
  return { from, to };
}

/**
 * A protocol name as rule rows and edges spell it; the IANA numbers AWS shows
 * (`-1`, `6`, `17`, `1`) are accepted too. Undefined for anything else.
 */
export function parseProtocol(value: string | undefined): Protocol | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim().toLowerCase();
  switch (t) {
    case 'all':
    case '-1':
      return 'all';
    case 'tcp':
    case '6':
      return 'tcp';
    case 'udp':
    case '17':
      return 'udp';
    case 'icmp':
    case '1':
      return 'icmp';
    default:
      return undefined;
  }
}

/**
 * Does a rule for `rule` match traffic of protocol `traffic`? `all` in a rule matches
 * everything; traffic of every protocol is matched only by an `all` rule.
 */
export function protocolCovers(rule: Protocol, traffic: Protocol): boolean {
  return rule === 'all' || rule === traffic;
}

/** Protocols without ports (all, ICMP) cover every port, whatever the row's `ports` says. */
export function hasPorts(protocol: Protocol): boolean {
  return protocol === 'tcp' || protocol === 'udp';
}

/**
 * A range that reaches from somewhere in 1024 and above up to 65535: the shape of a NACL
 * row written for responses to clients' ephemeral ports, which NACL-02 asks for.
 */
export function isEphemeralRange(range: PortRange): boolean {
  return range.from >= EPHEMERAL_PORTS.from && range.to === EPHEMERAL_PORTS.to;
}

export function portRangeContains(outer: PortRange, inner: PortRange): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

export function formatPorts(range: PortRange): string {
  if (range.from === ALL_PORTS.from && range.to === ALL_PORTS.to) return 'all';
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** A sorted list of disjoint port ranges: the part of a request not decided yet. */
export type PortSet = readonly PortRange[];

/** `set` ∩ `range`. */
export function intersectPorts(set: PortSet, range: PortRange): PortSet {
  const out: PortRange[] = [];
  for (const r of set) {
    const from = Math.max(r.from, range.from);
    const to = Math.min(r.to, range.to);
    if (from <= to) out.push({ from, to });
  }
  return out;
}

/** `set` minus `range`. */
export function subtractPorts(set: PortSet, range: PortRange): PortSet {
  const out: PortRange[] = [];
  for (const r of set) {
    if (range.to < r.from || range.from > r.to) {
      out.push(r);
      continue;
    }
    if (r.from < range.from) out.push({ from: r.from, to: range.from - 1 });
    if (range.to < r.to) out.push({ from: range.to + 1, to: r.to });
  }
  return out;
}
