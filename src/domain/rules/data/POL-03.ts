import { nodePolicies } from '../../policy/nodePolicies';
import { policyProblemText } from '../../policy/problemText';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/**
 * A resource policy that does not parse (not JSON, or not a policy). AWS refuses to
 * store it, so it is an error; the other policy rules skip it.
 */
export const POL_03 = defineRule({
  meta: {
    id: 'POL-03',
    severity: 'error',
    group: 'data',
    title: {
      en: 'Resource policy is not a valid policy',
      ja: 'リソースポリシーが正しいポリシーではない',
    },
    why: {
      en: 'A resource policy is a JSON document in the IAM policy grammar: a Statement list whose entries have an Effect of Allow or Deny, an Action and usually a Principal and a Resource. AWS rejects a policy that is not valid JSON or does not follow the grammar, so the resource keeps its previous policy.',
      ja: 'リソースポリシーは IAM ポリシーの文法に従う JSON ドキュメントで、Statement のリストの各要素に Allow か Deny の Effect、Action、通常は Principal と Resource を持ちます。正しい JSON でないものや文法に従わないものは AWS に拒否され、リソースには以前のポリシーが残ります。',
    },
    fix: {
      en: 'Correct the policy where the message says, or write it with the Policy Generator.',
      ja: 'メッセージが示す箇所を直すか、ポリシージェネレーターで書き直してください。',
    },
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  },
  check(graph, report) {
    for (const { node, parsed } of nodePolicies(graph)) {
      if (parsed.ok) continue;
      const args = { node: nodeRef(node), problem: policyProblemText(parsed.problem) };
      report({
        nodes: [node.id],
        message: message(
          (a) => `The policy of ${a.node} is not valid: ${a.problem}.`,
          (a) => `${a.node}のポリシーが正しくありません: ${a.problem}。`,
          args,
        ),
        fix: message(
          (a) => `Correct the policy of ${a.node}.`,
          (a) => `${a.node}のポリシーを直してください。`,
          args,
        ),
      });
    }
  },
});
