import { updateNode } from '../../commands';
import type { Localized } from '../../document/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** How a finding names an access level that can change things. */
const WRITE_LEVELS: Readonly<Record<string, Localized>> = {
  'power-user': { en: 'power-user', ja: 'パワーユーザー' },
  administrator: { en: 'administrator', ja: '管理者' },
};

/**
 * A role marked as an auditor's (docs/kinds.md `auditor`) whose access level is not
 * read-only. An access level the kind does not know counts too: only read-only is
 * known to change nothing.
 */
export const IAM_01 = defineRule({
  meta: {
    id: 'IAM-01',
    severity: 'error',
    group: 'iam',
    title: {
      en: 'An auditor’s role can change the account',
      ja: '監査人のロールがアカウントを変更できる',
    },
    why: {
      en: 'An auditor reviews the account’s architecture and settings and needs to read them, nothing more. Least privilege gives the auditor’s role read-only permissions, such as the ReadOnlyAccess or SecurityAudit managed policy; power-user or administrator access lets the person who checks the controls change them.',
      ja: '監査人はアカウントの構成や設定を確認するだけで、読めれば十分です。最小権限の原則に従い、監査人のロールには ReadOnlyAccess や SecurityAudit などの読み取り専用の権限を与えます。パワーユーザーや管理者のアクセスでは、統制を確認する立場の人がその統制を変えられてしまいます。',
    },
    fix: {
      en: 'Set the role’s access level to read-only.',
      ja: 'ロールのアクセスレベルを読み取り専用にしてください。',
    },
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    fixable: true,
  },
  check(graph, report) {
    for (const role of graph.nodesOfKind('iam-role')) {
      if (role.props.auditor !== true || role.props.accessLevel === 'read-only') continue;
      const raw = String(role.props.accessLevel);
      const args = { role: nodeRef(role), level: WRITE_LEVELS[raw] ?? raw };
      report({
        nodes: [role.id],
        message: message(
          (a) =>
            `${a.role} is an auditor’s role with ${a.level} access, so the auditor can change what they audit.`,
          (a) =>
            `${a.role}は監査人のロールなのに${a.level}のアクセス権を持ち、監査対象を変更できます。`,
          args,
        ),
        fix: message(
          (a) => `Set the access level of ${a.role} to read-only.`,
          (a) => `${a.role}のアクセスレベルを読み取り専用にしてください。`,
          args,
        ),
      });
    }
  },
  fixFinding(doc, finding) {
    return updateNode(doc, finding.nodes[0], { props: { accessLevel: 'read-only' } });
  },
});
