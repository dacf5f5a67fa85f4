/**
 * Security-group and network-ACL rule rows as stored in a node's `inbound`/`outbound`
 * props (kinds.md "Rule sets"), and how messages quote them.
 */
import type { DiagramNode, Localized, RuleRow } from '../document/types';
import { portRangeContains } from './ports';
import { trafficOfRow, trafficText } from './traffic';

export type Direction = 'inbound' | 'outbound';
export const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound'];

/** The rows of one direction; anything that is not a row object is skipped. */
export function ruleRows(node: DiagramNode, direction: Direction): readonly RuleRow[] {
  const value = node.props[direction];
  return Array.isArray(value) ? (value as unknown[]).filter(isRuleRow) : [];
}

function isRuleRow(value: unknown): value is RuleRow {
  return typeof value === 'object' && value !== null && 'protocol' in value;
}

export function directionText(direction: Direction): Localized {
  return direction === 'inbound'
    ? { en: 'inbound', ja: 'インバウンド' }
    : { en: 'outbound', ja: 'アウトバウンド' };
}

function rowTraffic(row: RuleRow): Localized {
  const t = trafficOfRow(row);
  if (t) return trafficText(t);
  const raw = `${row.protocol} ${row.ports}`;
  return { en: raw, ja: raw };
}

/** "rule 100 (allow TCP 443, 0.0.0.0/0)" / "ルール 100（許可 TCP 443、0.0.0.0/0）". */
export function naclRowText(row: RuleRow): Localized {
  const t = rowTraffic(row);
  const deny = row.action === 'deny';
  const cidr = row.cidr ?? '?';
  const number = row.rule === undefined ? '?' : String(row.rule);
  return {
    en: `rule ${number} (${deny ? 'deny' : 'allow'} ${t.en}, ${cidr})`,
    ja: `ルール ${number}（${deny ? '拒否' : '許可'} ${t.ja}、${cidr}）`,
  };
}

/** "inbound rule 2 (TCP 22 from 0.0.0.0/0)": security-group rows have no number, so the position names them. */
export function sgRowText(row: RuleRow, direction: Direction, index: number): Localized {
  const t = rowTraffic(row);
  const dir = directionText(direction);
  const peer = (direction === 'inbound' ? row.source : row.destination) ?? '?';
  return {
    en: `${dir.en} rule ${index + 1} (${t.en} ${direction === 'inbound' ? 'from' : 'to'} ${peer})`,
    ja: `${dir.ja}ルール ${index + 1}（${t.ja}、${direction === 'inbound' ? '送信元' : '送信先'} ${peer}）`,
  };
}

/** SSH and RDP: the remote administration ports. */
export const ADMIN_PORTS: readonly number[] = [22, 3389];

/**
 * Does a row let in SSH, RDP or every port (SG-05, NACL-04)? True when its protocol is
 * TCP, UDP or all and its port range includes 22 or 3389; a range of all ports does.
 */
export function opensAdminPorts(row: RuleRow): boolean {
  const t = trafficOfRow(row);
  if (!t || t.protocol === 'icmp') return false;
  return ADMIN_PORTS.some((p) => portRangeContains(t.ports, { from: p, to: p }));
}
