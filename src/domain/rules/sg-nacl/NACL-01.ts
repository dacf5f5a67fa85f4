import type { DiagramNode } from '../../document/types';
import { MAX_RULE_NUMBER } from '../../net/nacl';
import { DIRECTIONS, directionText, ruleRows } from '../../net/rows';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

function isValidRuleNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_RULE_NUMBER;
}

/** One network ACL per subnet, and rule numbers 1–32766, each used once per direction. */
export const NACL_01 = defineRule({
  meta: {
    id: 'NACL-01',
    severity: 'error',
    group: 'sg-nacl',
    title: {
      en: 'Network ACL count or rule numbers not allowed',
      ja: 'ネットワーク ACL の数またはルール番号が不正',
    },
    why: {
      en: 'A subnet is associated with exactly one network ACL at a time. Each rule of a network ACL has a number from 1 to 32766, unique within its direction (inbound or outbound), and the number decides the order in which rules are checked.',
      ja: 'サブネットに関連付けられるネットワーク ACL は常に 1 つだけです。ネットワーク ACL の各ルールには 1〜32766 の番号を付け、番号は方向（インバウンド・アウトバウンド）ごとに一意です。番号がルールを評価する順序を決めます。',
    },
    fix: {
      en: 'Keep one network ACL per subnet and number its rules 1–32766 without repeats.',
      ja: 'サブネットごとにネットワーク ACL を 1 つにし、ルール番号は 1〜32766 で重複しないようにしてください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  check(graph, report) {
    const naclsBySubnet = new Map<string, DiagramNode[]>();
    for (const nacl of graph.nodesOfKind('network-acl')) {
      const parent = nacl.parent === undefined ? undefined : graph.node(nacl.parent);
      if (parent?.kind === 'subnet') {
        const list = naclsBySubnet.get(parent.id) ?? [];
        list.push(nacl);
        naclsBySubnet.set(parent.id, list);
      }
      for (const direction of DIRECTIONS) {
        const seen = new Set<number>();
        const reported = new Set<number>();
        for (const row of ruleRows(nacl, direction)) {
          const args = {
            nacl: nodeRef(nacl),
            dir: directionText(direction),
            n: String(row.rule ?? ''),
          };
          if (!isValidRuleNumber(row.rule)) {
            report({
              nodes: [nacl.id],
              message:
                row.rule === undefined
                  ? message(
                      (a) => `${a.nacl}: an ${a.dir} rule has no rule number (1–32766).`,
                      (a) => `${a.nacl}: ${a.dir}ルールにルール番号（1〜32766）がありません。`,
                      args,
                    )
                  : message(
                      (a) => `${a.nacl}: ${a.dir} rule number ${a.n} is outside 1–32766.`,
                      (a) => `${a.nacl}: ${a.dir}のルール番号 ${a.n} が 1〜32766 の範囲外です。`,
                      args,
                    ),
              data: { direction, rule: String(row.rule ?? '') },
            });
            continue;
          }
          if (!seen.has(row.rule)) {
            seen.add(row.rule);
            continue;
          }
          if (reported.has(row.rule)) continue;
          reported.add(row.rule);
          report({
            nodes: [nacl.id],
            message: message(
              (a) => `${a.nacl}: ${a.dir} rule number ${a.n} is used more than once.`,
              (a) => `${a.nacl}: ${a.dir}のルール番号 ${a.n} が重複しています。`,
              args,
            ),
            data: { direction, rule: row.rule },
          });
        }
      }
    }
    for (const [subnetId, nacls] of naclsBySubnet) {
      if (nacls.length < 2) continue;
      const subnet = graph.node(subnetId)!;
      report({
        nodes: [subnetId, ...nacls.map((n) => n.id)],
        message: message(
          (a) =>
            `${a.subnet} has ${a.count} network ACLs (${a.nacls}); a subnet is associated with one.`,
          (a) =>
            `${a.subnet}にネットワーク ACL が ${a.count} 個（${a.nacls}）あります。サブネットに関連付けられるのは 1 つです。`,
          { subnet: nodeRef(subnet), count: String(nacls.length), nacls: nodeRefs(nacls) },
        ),
      });
    }
  },
});
