import type { DiagramNode, Localized } from '../../document/types';
import type { KindId } from '../../kinds/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';
import { coverageBy } from './coverage';

interface Plan {
  /** GuardDuty `features` values, any one of which covers the kind. */
  features: readonly string[];
  /** What is off, completing "GuardDuty covers X, but …". */
  missing: Localized;
}

/** Workload kinds that have a GuardDuty protection plan (rules.md GD-04). */
const PLAN_OF: Partial<Record<KindId, Plan>> = {
  s3: {
    features: ['s3'],
    missing: { en: 'its S3 Protection plan is off', ja: 'S3 保護プランが無効です' },
  },
  lambda: {
    features: ['lambda'],
    missing: { en: 'its Lambda Protection plan is off', ja: 'Lambda 保護プランが無効です' },
  },
  rds: {
    features: ['rds'],
    missing: { en: 'its RDS Protection plan is off', ja: 'RDS 保護プランが無効です' },
  },
  ec2: {
    features: ['malware', 'runtime'],
    missing: {
      en: 'neither Malware Protection nor Runtime Monitoring is on',
      ja: 'マルウェア保護もランタイムモニタリングも無効です',
    },
  },
};

function hasPlan(guardduty: DiagramNode, plan: Plan): boolean {
  const features = guardduty.props.features;
  return Array.isArray(features) && plan.features.some((f) => (features as string[]).includes(f));
}

/** A workload watched by a GuardDuty whose protection plan for it is off. */
export const GD_04 = defineRule({
  meta: {
    id: 'GD-04',
    severity: 'info',
    group: 'detection',
    title: {
      en: 'GuardDuty protection plan off for a workload',
      ja: 'ワークロードに対応する GuardDuty の保護プランが無効',
    },
    why: {
      en: "GuardDuty's foundational detection reads CloudTrail events, VPC Flow Logs and DNS logs. Deeper checks of particular resources come from protection plans: S3 Protection for bucket data events, Lambda Protection for function network activity, RDS Protection for database logins, and Malware Protection or Runtime Monitoring for EC2 instances. Without the plan a resource gets only the foundational coverage.",
      ja: 'GuardDuty の基本的な脅威検出は CloudTrail イベント、VPC フローログ、DNS ログを分析します。特定のリソースをより深く調べるのは保護プランで、バケットのデータイベントには S3 保護、関数のネットワーク活動には Lambda 保護、データベースへのログインには RDS 保護、EC2 インスタンスにはマルウェア保護やランタイムモニタリングを使います。プランが無効なリソースは基本的な検出しか受けられません。',
    },
    fix: {
      en: "Turn on the protection plan for this kind of resource in the GuardDuty's features.",
      ja: 'GuardDuty の機能設定で、このリソースに対応する保護プランを有効にしてください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html',
  },
  check(graph, report) {
    const guardduties = coverageBy(graph, 'guardduty');
    for (const [kind, plan] of Object.entries(PLAN_OF) as [KindId, Plan][]) {
      for (const workload of graph.nodesOfKind(kind)) {
        for (const guardduty of guardduties.of(workload.id)) {
          if (hasPlan(guardduty, plan)) continue;
          const args = { gd: nodeRef(guardduty), workload: nodeRef(workload) };
          report({
            nodes: [workload.id, guardduty.id],
            message: message(
              (a) => `${a.gd} covers ${a.workload}, but ${plan.missing.en}.`,
              (a) => `${a.gd}は${a.workload}を対象としていますが、${plan.missing.ja}。`,
              args,
            ),
            fix: message(
              (a) => `Turn on ${plan.features.join(' or ')} in the features of ${a.gd}.`,
              (a) => `${a.gd}の機能設定で ${plan.features.join(' または ')} を有効にしてください。`,
              args,
            ),
          });
        }
      }
    }
  },
});
