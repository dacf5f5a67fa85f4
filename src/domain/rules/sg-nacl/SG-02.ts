import { DIRECTIONS, ruleRows, sgRowText } from '../../net/rows';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** A security-group row written as a deny. */
export const SG_02 = defineRule({
  meta: {
    id: 'SG-02',
    severity: 'error',
    group: 'sg-nacl',
    title: { en: 'Deny rule in a security group', ja: 'セキュリティグループに拒否ルールがある' },
    why: {
      en: 'Security group rules can only allow traffic; whatever no rule allows is refused. There is no way to write a deny rule, so blocking a specific address needs a network ACL or AWS Network Firewall.',
      ja: 'セキュリティグループのルールは許可しか表せず、どのルールにも許可されない通信は拒否されます。拒否ルールは書けないため、特定のアドレスを遮断するにはネットワーク ACL か AWS Network Firewall を使います。',
    },
    fix: {
      en: 'Remove the deny rule; deny with a network ACL or Network Firewall instead.',
      ja: '拒否ルールを削除し、ネットワーク ACL か Network Firewall で拒否してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  check(graph, report) {
    for (const sg of graph.nodesOfKind('security-group')) {
      for (const direction of DIRECTIONS) {
        ruleRows(sg, direction).forEach((row, index) => {
          if (row.action !== 'deny') return;
          report({
            nodes: [sg.id],
            message: message(
              (a) => `${a.sg}: ${a.row} is a deny rule, but security groups can only allow.`,
              (a) =>
                `${a.sg}: ${a.row}は拒否ルールですが、セキュリティグループは許可しか指定できません。`,
              { sg: nodeRef(sg), row: sgRowText(row, direction, index) },
            ),
            data: { direction, index },
          });
        });
      }
    }
  },
});
