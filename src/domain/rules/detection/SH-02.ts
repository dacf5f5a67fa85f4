import type { KindId } from '../../kinds/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { coverageBy } from './coverage';

/** The detectors whose findings Security Hub gathers (rules.md SH-02). */
const DETECTOR_KINDS: readonly KindId[] = ['guardduty', 'inspector', 'macie'];

/**
 * Several detection services drawn, and some of them reporting to no Security Hub.
 * A detector counts as gathered when a Security Hub covers it or when it has a
 * `findings` edge to one (an aggregating Security Hub in another account: "link the
 * findings" is the spec's own fix; docs/decisions.md, Rules).
 */
export const SH_02 = defineRule({
  meta: {
    id: 'SH-02',
    severity: 'warning',
    group: 'detection',
    title: {
      en: 'Detector findings not gathered in Security Hub',
      ja: '検出結果が Security Hub に集約されていない',
    },
    why: {
      en: 'GuardDuty, Inspector and Macie each show their findings in their own console. Security Hub receives the findings of these services automatically and puts them in one place, in one format, across accounts, so that nothing is missed between consoles.',
      ja: 'GuardDuty、Inspector、Macie はそれぞれ自分のコンソールに検出結果を表示します。Security Hub はこれらのサービスの検出結果を自動で受け取り、アカウントをまたいで 1 か所に同じ形式でまとめるため、コンソールの間で見落としが生じません。',
    },
    fix: {
      en: 'Add Security Hub in the same account (or above it) and link the findings.',
      ja: '同じアカウント（またはその上位）に Security Hub を追加し、検出結果をつないでください。',
    },
    source:
      'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-internal-providers.html',
  },
  check(graph, report) {
    const drawnKinds = DETECTOR_KINDS.filter((kind) => graph.nodesOfKind(kind).length > 0);
    if (drawnKinds.length < 2) return;
    const hub = coverageBy(graph, 'security-hub');
    const sendsToHub = (id: string): boolean =>
      graph
        .edgesOut(id, 'findings')
        .some((edge) => graph.node(edge.target)?.kind === 'security-hub');

    for (const kind of drawnKinds) {
      for (const detector of graph.nodesOfKind(kind)) {
        if (hub.has(detector.id) || sendsToHub(detector.id)) continue;
        report({
          nodes: [detector.id],
          message: message(
            (a) =>
              `${a.detector} sends its findings to no Security Hub, so they stay in its own console.`,
            (a) =>
              `${a.detector}の検出結果を受け取る Security Hub がないため、検出結果がそのサービスの画面にとどまります。`,
            { detector: nodeRef(detector) },
          ),
        });
      }
    }
  },
});
