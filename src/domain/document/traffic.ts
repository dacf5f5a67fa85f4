/** Props of traffic edges (format.md "Edge"): a port (number or range text) and a protocol. */
import type { TrafficProps, TrafficProtocol } from './types';
import type { IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { isAbsent, isRecord, own, reportUnknownFields } from './read';
import { parsePorts, parseProtocol } from '../net/ports';

export const DEFAULT_TRAFFIC_PROPS: Readonly<TrafficProps> = { port: 443, protocol: 'tcp' };

const TRAFFIC_FIELDS = new Set(['port', 'protocol']);

export function defaultTrafficProps(): TrafficProps {
  return { ...DEFAULT_TRAFFIC_PROPS };
}

/** A port as an edge stores it, or undefined when it is no port or port range. */
export function validTrafficPort(value: unknown): number | string | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (!parsePorts(value)) return undefined;
  // -0 (JSON text may write it) would be exported as 0: one port, one value.
  return value === 0 ? 0 : value;
}

/** One of the four protocols (AWS's numbers and capitals are read as their names). */
export function validTrafficProtocol(value: unknown): TrafficProtocol | undefined {
  return typeof value === 'string' ? parseProtocol(value) : undefined;
}

/** Complete traffic props from a file's `props`; bad parts fall back to 443/tcp, reported. */
export function readTrafficProps(value: unknown, path: string, report: IssueSink): TrafficProps {
  if (isAbsent(value)) return defaultTrafficProps();
  if (!isRecord(value)) {
    report(makeIssue('edge-props-not-object', path, value));
    return defaultTrafficProps();
  }
  reportUnknownFields(value, TRAFFIC_FIELDS, path, report);
  const rawPort = own(value, 'port');
  const rawProtocol = own(value, 'protocol');
  let port = validTrafficPort(rawPort);
  if (port === undefined) {
    if (!isAbsent(rawPort)) report(makeIssue('port-invalid', at(path, 'port'), rawPort));
    port = DEFAULT_TRAFFIC_PROPS.port;
  }
  let protocol = validTrafficProtocol(rawProtocol);
  if (protocol === undefined) {
    if (!isAbsent(rawProtocol)) {
      report(makeIssue('protocol-invalid', at(path, 'protocol'), rawProtocol));
    }
    protocol = DEFAULT_TRAFFIC_PROPS.protocol;
  }
  return { port, protocol };
}
