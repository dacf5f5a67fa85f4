import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** Firewall Manager drawn outside an organization with all features. */
export const FMS_01 = defineRule({
  meta: {
    id: 'FMS-01',
    severity: 'error',
    group: 'firewalls',
    title: {
      en: 'Firewall Manager outside an organization with all features',
      ja: 'Firewall Manager がすべての機能を有効にした組織の外にある',
    },
    why: {
      en: 'Firewall Manager applies firewall policies across the accounts of an AWS Organizations organization, so its accounts must belong to an organization that has all features enabled; an organization with consolidated billing only is not enough.',
      ja: 'Firewall Manager は AWS Organizations の組織に属するアカウント全体にファイアウォールポリシーを適用します。そのため、アカウントはすべての機能を有効にした組織に属している必要があり、一括請求機能だけの組織では使えません。',
    },
    fix: {
      en: 'Put the accounts in an organization with all features enabled.',
      ja: 'アカウントを、すべての機能を有効にした組織に入れてください。',
    },
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/fms-prereq.html',
  },
  check(graph, report) {
    for (const manager of graph.nodesOfKind('firewall-manager')) {
      const org = graph.nearest(manager.id, 'organization');
      if (!org) {
        report({
          nodes: [manager.id],
          message: message(
            (a) => `${a.manager} is not inside an organization.`,
            (a) => `${a.manager}が組織の中にありません。`,
            { manager: nodeRef(manager) },
          ),
        });
      } else if (org.props.allFeatures === false) {
        report({
          nodes: [manager.id, org.id],
          message: message(
            (a) => `${a.manager} is in ${a.org}, which does not have all features enabled.`,
            (a) => `${a.manager}がある${a.org}では、すべての機能が有効になっていません。`,
            { manager: nodeRef(manager), org: nodeRef(org) },
          ),
          fix: message(
            (a) => `Enable all features in ${a.org}.`,
            (a) => `${a.org}ですべての機能を有効にしてください。`,
            { org: nodeRef(org) },
          ),
        });
      }
    }
  },
});
