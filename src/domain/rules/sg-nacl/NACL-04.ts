import type { RuleRow } from '../../document/types';
import { isDenyRow } from '../../net/nacl';
import { isEphemeralRange } from '../../net/ports';
import { naclRowText, opensAdminPorts, ruleRows } from '../../net/rows';
import { trafficOfRow } from '../../net/traffic';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * Does an inbound allow row from anywhere open SSH, RDP or every port? A row for the
 * ephemeral range (1024 or above up to 65535) includes 3389 but is the response rule a
 * stateless NACL needs (NACL-02), so it is not counted; an all-ports row is.
 */
function exposesAdminPorts(row: RuleRow): boolean {
  if (isDenyRow(row) || row.cidr?.trim() !== '0.0.0.0/0' || !opensAdminPorts(row)) return false;
  const t = trafficOfRow(row);
  return t !== undefined && !isEphemeralRange(t.ports);
}

/** A NACL that lets remote administration in from the whole internet. */
export const NACL_04 = defineRule({
  meta: {
    id: 'NACL-04',
    severity: 'warning',
    group: 'sg-nacl',
    title: {
      en: 'Network ACL allows SSH, RDP or all ports from anywhere',
      ja: 'ネットワーク ACL が SSH・RDP・全ポートを全送信元に許可している',
    },
    why: {
      en: 'An inbound network ACL rule that allows 0.0.0.0/0 to port 22 (SSH), 3389 (RDP) or every port lets the whole internet reach the remote administration ports of every instance in the subnet; only their security groups are left to stop it.',
      ja: '0.0.0.0/0 からポート 22（SSH）、3389（RDP）または全ポートを許可するインバウンドのネットワーク ACL ルールがあると、サブネット内のすべてのインスタンスのリモート管理ポートにインターネット全体から到達でき、防御はセキュリティグループだけになります。',
    },
    fix: {
      en: 'Narrow the source of the rule to known addresses.',
      ja: 'ルールの送信元を既知のアドレスに絞ってください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
  },
  check(graph, report) {
    for (const nacl of graph.nodesOfKind('network-acl')) {
      for (const row of ruleRows(nacl, 'inbound')) {
        if (!exposesAdminPorts(row)) continue;
        report({
          nodes: [nacl.id],
          message: message(
            (a) =>
              `${a.nacl}: inbound ${a.row} lets the whole internet reach remote administration ports.`,
            (a) =>
              `${a.nacl}: インバウンドの${a.row}により、インターネット全体からリモート管理用のポートに到達できます。`,
            { nacl: nodeRef(nacl), row: naclRowText(row) },
          ),
          data: { rule: row.rule ?? '' },
        });
      }
    }
  },
});
