import { isDenyRow, naclRowCovers, sortNaclRows } from '../../net/nacl';
import { DIRECTIONS, directionText, naclRowText, ruleRows } from '../../net/rows';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A NACL row that can never decide: a lower-numbered row of the other action already
 * matches all its traffic. A row shadowed by one of the same action is only redundant
 * (the outcome is what its author meant) and is not reported.
 */
export const NACL_03 = defineRule({
  meta: {
    id: 'NACL-03',
    severity: 'warning',
    group: 'sg-nacl',
    title: {
      en: 'Network ACL rule hidden by a lower-numbered rule',
      ja: '小さい番号のルールに隠れて効かないネットワーク ACL ルール',
    },
    why: {
      en: 'A network ACL checks its rules lowest number first and stops at the first rule that matches. A rule whose traffic is all matched by an earlier rule of the opposite action never takes effect: a deny after a broader allow blocks nothing, and an allow after a broader deny lets nothing through.',
      ja: 'ネットワーク ACL はルールを番号の小さい順に評価し、最初に一致したルールで決定します。対象の通信がすべてそれより前の逆の動作のルールに一致してしまうルールは効きません。広い許可の後の拒否は何も遮断せず、広い拒否の後の許可は何も通しません。',
    },
    fix: {
      en: 'Renumber the rules so that the narrower rule comes first.',
      ja: '狭い範囲のルールが先に評価されるよう番号を振り直してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  check(graph, report) {
    for (const nacl of graph.nodesOfKind('network-acl')) {
      for (const direction of DIRECTIONS) {
        const rows = sortNaclRows(ruleRows(nacl, direction));
        rows.forEach((row, i) => {
          // The first earlier row that covers it decides all of its traffic.
          const decider = rows.slice(0, i).find((lower) => naclRowCovers(lower, row));
          if (!decider || isDenyRow(decider) === isDenyRow(row)) return;
          report({
            nodes: [nacl.id],
            message: message(
              (a) =>
                `${a.nacl}: ${a.dir} ${a.row} never applies, because ${a.decider} already matches all its traffic.`,
              (a) =>
                `${a.nacl}: ${a.dir}の${a.row}は効きません。${a.decider}がその通信にすべて先に一致します。`,
              {
                nacl: nodeRef(nacl),
                dir: directionText(direction),
                row: naclRowText(row),
                decider: naclRowText(decider),
              },
            ),
            data: { direction, rule: row.rule ?? '' },
          });
        });
      }
    }
  },
});
