import { hasCondition, isAnyone } from '../../policy/model';
import { nodePolicies } from '../../policy/nodePolicies';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A resource policy that allows anyone (`"Principal": "*"`) with no condition: one
 * finding per such statement, so that fixing one statement removes one finding.
 */
export const POL_01 = defineRule({
  meta: {
    id: 'POL-01',
    severity: 'warning',
    group: 'data',
    title: {
      en: 'Resource policy allows anyone without a condition',
      ja: 'リソースポリシーが条件なしで誰にでも許可している',
    },
    why: {
      en: 'A statement that allows the principal "*" grants the actions to every AWS account and to anonymous callers. Services that deliver to a bucket, topic or queue should be limited with a condition such as aws:SourceArn or aws:SourceAccount, so that only your own resources (not anyone else using the same service) can use the grant.',
      ja: 'プリンシパル "*" に許可するステートメントは、すべての AWS アカウントや匿名の呼び出し元にそのアクションを許可します。バケット、トピック、キューへ配信するサービスには aws:SourceArn や aws:SourceAccount などの条件を付け、同じサービスを使う他人ではなく自分のリソースだけが許可を使えるように絞ります。',
    },
    fix: {
      en: 'Name the principal, or add a condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID).',
      ja: 'プリンシパルを特定するか、条件 (aws:SourceArn、aws:SourceAccount、aws:PrincipalOrgID) を追加してください。',
    },
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  },
  check(graph, report) {
    for (const { node, parsed } of nodePolicies(graph)) {
      if (!parsed.ok) continue;
      parsed.policy.statements.forEach((statement, index) => {
        if (statement.effect !== 'Allow' || !isAnyone(statement.principal)) return;
        if (hasCondition(statement)) return;
        const args = { node: nodeRef(node), index: String(index) };
        report({
          nodes: [node.id],
          message: message(
            (a) =>
              `The policy of ${a.node} allows anyone (Statement[${a.index}]) without a condition.`,
            (a) =>
              `${a.node}のポリシーが条件なしで誰にでも許可しています (Statement[${a.index}])。`,
            args,
          ),
          fix: message(
            (a) => `Name the principal of Statement[${a.index}], or add a condition to it.`,
            (a) => `Statement[${a.index}] のプリンシパルを特定するか、条件を追加してください。`,
            args,
          ),
        });
      });
    }
  },
});
