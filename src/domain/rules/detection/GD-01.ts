import { buildGraphIndex } from '../../graph/index';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { coverageBy } from './coverage';
import { addServiceIn } from './placeService';
import { workloadNodes } from './workloads';

/** A workload in no account, organization or diagram where GuardDuty is on. */
export const GD_01 = defineRule({
  meta: {
    id: 'GD-01',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'Workload without GuardDuty',
      ja: 'GuardDuty の対象外のワークロード',
    },
    why: {
      en: 'GuardDuty is a Regional service that watches only the accounts and Regions where it is enabled. For a workload in an account without GuardDuty there are no threat findings: crypto mining, misuse of credentials or port scans there go unnoticed.',
      ja: 'GuardDuty はリージョン単位のサービスで、有効にしたアカウントとリージョンしか監視しません。GuardDuty のないアカウントのワークロードについては脅威の検出結果が出ず、暗号通貨マイニングや認証情報の悪用、ポートスキャンがあっても気付けません。',
    },
    fix: {
      en: "Enable GuardDuty in the workload's account (in an organization, the delegated administrator can enable it for every account).",
      ja: 'ワークロードのアカウントで GuardDuty を有効にしてください（組織なら委任管理者がすべてのアカウントでまとめて有効にできます）。',
    },
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
    fixable: true,
  },
  check(graph, report) {
    const guardduties = coverageBy(graph, 'guardduty');
    for (const workload of workloadNodes(graph)) {
      if (guardduties.has(workload.id)) continue;
      report({
        nodes: [workload.id],
        message: message(
          (a) => `No GuardDuty covers ${a.workload}.`,
          (a) => `${a.workload}を対象とする GuardDuty がありません。`,
          { workload: nodeRef(workload) },
        ),
      });
    }
  },
  /**
   * Adds GuardDuty in the workload's account, else its organization, else at top level,
   * beside the workload's branch. Inside an organization that already has a GuardDuty
   * administrator the new one is a member, so GD-05 stays quiet.
   */
  fixFinding(doc, finding) {
    const graph = buildGraphIndex(doc);
    const workloadId = finding.nodes[0];
    const scope = graph.nearest(workloadId, 'account') ?? graph.nearest(workloadId, 'organization');
    const branch = [graph.node(workloadId), ...graph.ancestors(workloadId)].find(
      (n) => n?.parent === scope?.id,
    );
    const org = graph.nearest(workloadId, 'organization');
    const orgHasAdministrator =
      org !== undefined &&
      graph
        .descendants(org.id)
        .some((n) => n.kind === 'guardduty' && n.props.role === 'administrator');
    return addServiceIn(doc, {
      kind: 'guardduty',
      scope: scope?.id,
      near: branch?.id,
      ...(orgHasAdministrator ? { props: { role: 'member' } } : {}),
    }).doc;
  },
});
