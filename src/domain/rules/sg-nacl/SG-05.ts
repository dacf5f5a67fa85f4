import { isAnywhereCidr } from '../../net/cidr';
import { opensAdminPorts, ruleRows, sgRowText } from '../../net/rows';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** Remote administration open to the whole internet through a security group. */
export const SG_05 = defineRule({
  meta: {
    id: 'SG-05',
    severity: 'warning',
    group: 'sg-nacl',
    title: {
      en: 'Security group open to the internet on SSH, RDP or all ports',
      ja: 'セキュリティグループが SSH・RDP・全ポートをインターネットに開放している',
    },
    why: {
      en: 'An inbound rule from 0.0.0.0/0 or ::/0 to port 22 (SSH), 3389 (RDP) or all ports lets anyone on the internet try to log in to the servers, and such ports are scanned constantly. Remote administration should come from known addresses only, or go through Systems Manager Session Manager with no inbound port at all.',
      ja: '0.0.0.0/0 や ::/0 からポート 22（SSH）、3389（RDP）、または全ポートへのインバウンドルールがあると、インターネット上の誰もがサーバーへのログインを試みられます。これらのポートは常にスキャンされています。リモート管理は既知のアドレスに限るか、インバウンドポートを開けずに Systems Manager Session Manager を使います。',
    },
    fix: {
      en: 'Use Systems Manager Session Manager, or narrow the source to known addresses.',
      ja: 'Systems Manager Session Manager を使うか、送信元を既知のアドレスに絞ってください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  },
  check(graph, report) {
    for (const sg of graph.nodesOfKind('security-group')) {
      ruleRows(sg, 'inbound').forEach((row, index) => {
        if (row.action === 'deny' || !isAnywhereCidr(row.source) || !opensAdminPorts(row)) return;
        report({
          nodes: [sg.id],
          message: message(
            (a) => `${a.sg}: ${a.row} opens remote administration to the whole internet.`,
            (a) =>
              `${a.sg}: ${a.row}がリモート管理用のポートをインターネット全体に開放しています。`,
            { sg: nodeRef(sg), row: sgRowText(row, 'inbound', index) },
          ),
          data: { index },
        });
      });
    }
  },
});
