import { message, nodeRef } from '../text';
import { defineRule } from '../types';

/** A subnet drawn without its Availability Zone. */
export const NET_01 = defineRule({
  meta: {
    id: 'NET-01',
    severity: 'error',
    group: 'network',
    title: { en: 'Subnet without an Availability Zone', ja: 'AZ が未設定のサブネット' },
    why: {
      en: 'A subnet is created in exactly one Availability Zone of its VPC and cannot span zones. Without its zone the diagram cannot tell whether a load balancer or its targets are spread over two zones.',
      ja: 'サブネットは VPC 内のいずれか 1 つのアベイラビリティーゾーン（AZ）に作成され、複数の AZ にまたがることはできません。AZ が分からないと、ロードバランサーやターゲットが 2 つの AZ に分散しているかを判断できません。',
    },
    fix: { en: "Set the subnet's Availability Zone.", ja: 'サブネットの AZ を設定してください。' },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
  },
  check(graph, report) {
    for (const subnet of graph.nodesOfKind('subnet')) {
      const az = subnet.props.az;
      if (typeof az === 'string' && az.trim() !== '') continue;
      report({
        nodes: [subnet.id],
        message: message(
          (a) => `${a.subnet} has no Availability Zone.`,
          (a) => `${a.subnet}にアベイラビリティーゾーンが設定されていません。`,
          { subnet: nodeRef(subnet) },
        ),
      });
    }
  },
});
