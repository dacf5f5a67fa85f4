/**
 * Load balancers, listeners, target groups and attachments (`aws_alb*` are the older
 * names of the same resources). A listener rule is read as one more listener of the
 * same load balancer and port (fold.ts copies them from its listener), so the target
 * groups it forwards to get traffic edges like the listener's own.
 */
import type { Attrs } from '../attributes';
import type { Mapping } from './types';

const LB_TYPES = ['application', 'network', 'gateway'] as const;

const loadBalancer: Mapping = (a) => {
  const type = a.str('load_balancer_type') ?? 'application';
  return {
    concept: 'load-balancer',
    type: (LB_TYPES as readonly string[]).includes(type)
      ? (type as (typeof LB_TYPES)[number])
      : 'application',
    // The provider's default for `internal` is false.
    scheme: a.bool('internal') === true ? 'internal' : 'internet-facing',
    subnets: [
      ...new Set([
        ...a.refs('subnets'),
        ...a.blocks('subnet_mapping').flatMap((m) => m.ref('subnet_id') ?? []),
      ]),
    ],
    groups: a.refs('security_groups'),
  };
};

/** The target groups of `default_action` / `action` blocks: `target_group_arn` or `forward.target_group[].arn`. */
const forwardedTo = (a: Attrs, block: string): string[] => [
  ...new Set(
    a
      .blocks(block)
      .flatMap((action) => [
        ...[action.ref('target_group_arn')].flatMap((g) => g ?? []),
        ...action
          .blocks('forward')
          .flatMap((f) => f.blocks('target_group').flatMap((g) => g.ref('arn') ?? [])),
      ]),
  ),
];

const listener: Mapping = (a) => ({
  concept: 'listener',
  loadBalancer: a.ref('load_balancer_arn'),
  port: a.num('port'),
  protocol: a.str('protocol'),
  targetGroups: forwardedTo(a, 'default_action'),
});

const listenerRule: Mapping = (a) => ({
  concept: 'listener',
  targetGroups: forwardedTo(a, 'action'),
  fold: {
    into: 'listener-rule',
    listener: a.ref('listener_arn', ['aws_lb_listener', 'aws_alb_listener']),
  },
});

const TARGET_TYPES = ['instance', 'ip', 'lambda', 'alb'] as const;

const targetGroup: Mapping = (a) => {
  const targetType = a.str('target_type') ?? 'instance';
  return {
    concept: 'target-group',
    port: a.num('port'),
    protocol: a.str('protocol'),
    targetType: (TARGET_TYPES as readonly string[]).includes(targetType)
      ? (targetType as (typeof TARGET_TYPES)[number])
      : undefined,
    targets: [],
  };
};

const attachment: Mapping = (a) => ({
  concept: 'target-attachment',
  targetGroup: a.ref('target_group_arn'),
  target: a.ref('target_id'),
});

export const LOAD_BALANCING: Record<string, Mapping> = {
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_lb_listener: listener,
  aws_alb_listener: listener,
  aws_lb_listener_rule: listenerRule,
  aws_alb_listener_rule: listenerRule,
  aws_lb_target_group: targetGroup,
  aws_alb_target_group: targetGroup,
  aws_lb_target_group_attachment: attachment,
  aws_alb_target_group_attachment: attachment,
};
