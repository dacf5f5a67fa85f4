import type { DiagramNode } from '../../document/types';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/** The GuardDuty nodes of one organization (or of none), by role. */
interface RoleGroup {
  administrators: DiagramNode[];
  members: DiagramNode[];
}

/**
 * GuardDuty nodes grouped by their nearest organization; `undefined` collects the ones
 * outside any organization. One `nearest` look-up per GuardDuty keeps the rule linear.
 */
function groupByOrganization(
  guardduties: readonly DiagramNode[],
  organizationOf: (id: string) => DiagramNode | undefined,
): Map<DiagramNode | undefined, RoleGroup> {
  const groups = new Map<DiagramNode | undefined, RoleGroup>();
  for (const gd of guardduties) {
    const org = organizationOf(gd.id);
    let group = groups.get(org);
    if (!group) groups.set(org, (group = { administrators: [], members: [] }));
    if (gd.props.role === 'administrator') group.administrators.push(gd);
    else if (gd.props.role === 'member') group.members.push(gd);
  }
  return groups;
}

/** An organization with several GuardDuty administrators, or members with none. */
export const GD_05 = defineRule({
  meta: {
    id: 'GD-05',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Conflicting GuardDuty administrator setup',
      ja: 'GuardDuty の管理者アカウントの構成が矛盾している',
    },
    why: {
      en: 'In an organization, GuardDuty is run by one delegated administrator account per Region, which turns it on and manages it for the member accounts. An organization cannot have two administrators, an account cannot be administrator and member at once, and a member account needs an administrator that manages it.',
      ja: '組織では、リージョンごとに 1 つの委任管理者アカウントが GuardDuty を運用し、メンバーアカウントの有効化と管理を行います。1 つの組織に管理者を 2 つ置くことはできず、1 つのアカウントが管理者とメンバーを兼ねることもできません。また、メンバーアカウントにはそれを管理する管理者が必要です。',
    },
    fix: {
      en: 'Keep exactly one administrator GuardDuty in each organization and make the others members.',
      ja: '組織ごとに管理者の GuardDuty を 1 つだけにし、残りはメンバーにしてください。',
    },
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_organizations.html',
  },
  check(graph, report) {
    const guardduties = graph.nodesOfKind('guardduty');
    const groups = groupByOrganization(guardduties, (id) => graph.nearest(id, 'organization'));
    const anyAdministrator = guardduties.some((gd) => gd.props.role === 'administrator');

    for (const [org, { administrators, members }] of groups) {
      if (org && administrators.length > 1) {
        report({
          nodes: [...administrators.map((gd) => gd.id), org.id],
          message: message(
            (a) =>
              `${a.org} has ${administrators.length} GuardDuty administrators (${a.admins}); an organization has only one.`,
            (a) =>
              `${a.org}に GuardDuty の管理者が ${administrators.length} つあります（${a.admins}）。管理者は組織に 1 つだけです。`,
            { org: nodeRef(org), admins: nodeRefs(administrators) },
          ),
        });
      }
      if (org && administrators.length === 0) {
        for (const member of members) {
          report({
            nodes: [member.id, org.id],
            message: message(
              (a) => `${a.gd} is a member, but ${a.org} has no GuardDuty administrator.`,
              (a) => `${a.gd}はメンバーですが、${a.org}に GuardDuty の管理者がありません。`,
              { gd: nodeRef(member), org: nodeRef(org) },
            ),
            fix: {
              en: 'Make one GuardDuty of the organization (usually the security account’s) its administrator.',
              ja: '組織内の GuardDuty を 1 つ（通常はセキュリティアカウントのもの）管理者にしてください。',
            },
          });
        }
      }
      // Outside an organization, membership comes by invitation: it needs an
      // administrator somewhere to send it (docs/decisions.md, Rules).
      if (!org && !anyAdministrator) {
        for (const member of members) {
          report({
            nodes: [member.id],
            message: message(
              (a) => `${a.gd} is a member, but no GuardDuty administrator is drawn to manage it.`,
              (a) => `${a.gd}はメンバーですが、管理元となる GuardDuty の管理者が図にありません。`,
              { gd: nodeRef(member) },
            ),
            fix: {
              en: 'Add a GuardDuty administrator that invites this account, or set its role to standalone.',
              ja: 'このアカウントを招待する GuardDuty の管理者を追加するか、ロールを standalone にしてください。',
            },
          });
        }
      }
    }
  },
});
