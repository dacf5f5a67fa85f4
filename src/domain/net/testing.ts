/** Rule rows for the network tests: `allow(100, '443', '0.0.0.0/0')`. */
import type { RuleRow } from '../document/types';

export function allow(rule: number, ports: string, cidr: string, protocol = 'tcp'): RuleRow {
  return { rule, protocol, ports, cidr, action: 'allow' };
}

export function deny(rule: number, ports: string, cidr: string, protocol = 'tcp'): RuleRow {
  return { ...allow(rule, ports, cidr, protocol), action: 'deny' };
}
