/**
 * Security-group and network-ACL rule rows (kinds.md "Rule sets") read from a file:
 * a valid row is rebuilt with its known fields only, an invalid one is dropped with a
 * warning naming the first problem. The ports/protocol spellings accepted are exactly
 * those the evaluator understands (net/ports.ts).
 */
import type { RuleRow } from './types';
import type { IssueSink } from './issues';
import type { RowProblem } from './importMessages';
import { at, makeIssue } from './issues';
import { isAbsent, isRecord, own, reportUnknownFields } from './read';
import type { JsonRecord } from './read';
import { parsePorts, parseProtocol } from '../net/ports';

export type RuleFlavor = 'sg' | 'nacl';

export const MAX_NACL_RULE_NUMBER = 32766;

const FIELDS: Record<RuleFlavor, ReadonlySet<string>> = {
  sg: new Set(['protocol', 'ports', 'source', 'destination', 'action']),
  nacl: new Set(['rule', 'protocol', 'ports', 'cidr', 'action']),
};

const nonEmptyText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A rule row of `flavor`, or undefined (reported) when it cannot be kept. */
export function readRuleRow(
  value: unknown,
  flavor: RuleFlavor,
  path: string,
  report: IssueSink,
): RuleRow | undefined {
  const built = isRecord(value) ? buildRow(value, flavor) : 'not-object';
  if (typeof built === 'string') {
    report(makeIssue('rule-row-invalid', path, built));
    return undefined;
  }
  reportUnknownFields(value as JsonRecord, FIELDS[flavor], path, report);
  return built;
}

/** The rows of a rule list that can be kept, each dropped one reported by index. */
export function readRuleRows(
  values: readonly unknown[],
  flavor: RuleFlavor,
  path: string,
  report: IssueSink,
): RuleRow[] {
  const rows: RuleRow[] = [];
  values.forEach((value, k) => {
    const row = readRuleRow(value, flavor, at(path, k), report);
    if (row) rows.push(row);
  });
  return rows;
}

function buildRow(raw: JsonRecord, flavor: RuleFlavor): RuleRow | RowProblem {
  const protocol = own(raw, 'protocol');
  if (typeof protocol !== 'string' || !parseProtocol(protocol)) return 'protocol';
  const ports = readPortsText(own(raw, 'ports'));
  if (ports === undefined) return 'ports';
  const action = own(raw, 'action');
  if (!isAbsent(action) && action !== 'allow' && action !== 'deny') return 'action';

  if (flavor === 'nacl') {
    const rule = own(raw, 'rule');
    if (
      !Number.isInteger(rule) ||
      (rule as number) < 1 ||
      (rule as number) > MAX_NACL_RULE_NUMBER
    ) {
      return 'rule-number';
    }
    const cidr = own(raw, 'cidr');
    if (!nonEmptyText(cidr)) return 'cidr';
    if (isAbsent(action)) return 'action';
    return { rule: rule as number, protocol, ports, cidr, action };
  }

  const source = own(raw, 'source');
  const destination = own(raw, 'destination');
  const sourceOk = nonEmptyText(source);
  const destinationOk = nonEmptyText(destination);
  if ((!isAbsent(source) && !sourceOk) || (!isAbsent(destination) && !destinationOk)) return 'peer';
  if (!sourceOk && !destinationOk) return 'peer';
  return {
    protocol,
    ports,
    ...(sourceOk ? { source } : {}),
    ...(destinationOk ? { destination } : {}),
    ...(isAbsent(action) ? {} : { action }),
  };
}

/** `ports` as the row stores it (text); a whole port number is accepted and written as text. */
function readPortsText(value: unknown): string | undefined {
  if (typeof value === 'number') return parsePorts(value) ? String(value) : undefined;
  if (typeof value === 'string') return parsePorts(value) ? value : undefined;
  return undefined;
}
