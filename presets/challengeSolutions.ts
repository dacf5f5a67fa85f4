/**
 * How each challenge preset is solved, as the learner would do it in the editor: the
 * one-click fixes of the findings panel (`applyFix`) and plain edits through the same
 * document commands the canvas and inspector use. docs/presets.md describes the same
 * paths in words; presets.test.ts checks that each one leaves no error behind and
 * exactly the findings listed in `after`.
 */
import { absolutePosition } from '../src/domain/document/geometry';
import type { Diagram, PresetExpectation } from '../src/domain/document/types';
import {
  addNode,
  connect,
  removeElements,
  reparentKeepingScreenPlace,
  resizeNode,
  updateNode,
} from '../src/domain/commands';
import { applyFix, hasFix, runRules } from '../src/domain/rules/engine';
import { appendStatement } from '../src/domain/policy/generate';
import { resourceArn } from '../src/domain/policy/resources';

export interface ChallengeSolution {
  solve(doc: Diagram): Diagram;
  /** What the solved design still reports: information or warnings it accepts. */
  after: PresetExpectation[];
}

/** More fixes than any preset needs: a fix that never converges fails the test instead of looping. */
const MAX_FIXES = 20;

/**
 * Clicks the one-click fix of the first fixable finding of `rules`, again and again,
 * until none is left, as a learner going down the findings panel.
 */
export function applyOneClickFixes(doc: Diagram, rules: readonly string[]): Diagram {
  let current = doc;
  for (let step = 0; step < MAX_FIXES; step++) {
    const next = runRules(current).findings.find((f) => rules.includes(f.rule) && hasFix(f));
    if (!next) return current;
    const fixed = applyFix(current, next);
    if (fixed === current) throw new Error(`the fix of ${next.rule} changed nothing`);
    current = fixed;
  }
  throw new Error(`one-click fixes of ${rules.join(', ')} did not converge`);
}

function link(doc: Diagram, source: string, target: string, port?: number): Diagram {
  const kind = port === undefined ? undefined : 'traffic';
  return connect(doc, { source, target, kind, ...(port ? { props: { port } } : {}) }).doc;
}

/** One grid step between services (a service's width or height plus the gap). */
const RIGHT = { x: 152, y: 0 };
const BELOW = { x: 0, y: 128 };

/** Adds a service in the container of `beside`, one grid step from it in `direction`. */
function addServiceNextTo(
  doc: Diagram,
  beside: string,
  direction: { x: number; y: number },
  service: { kind: 'macie' | 'shield' | 'waf'; label: string; props?: Record<string, unknown> },
) {
  const node = doc.nodes.find((n) => n.id === beside)!;
  const at = node.position ?? { x: 0, y: 0 };
  return addNode(doc, {
    ...service,
    parent: node.parent,
    position: { x: at.x + direction.x, y: at.y + direction.y },
  });
}

export const CHALLENGE_SOLUTIONS: Readonly<Record<string, ChallengeSolution>> = {
  // Macie stops reading the trail and its log bucket and is enabled where the customer data is.
  'challenge-macie-cloudtrail-logs': {
    solve(doc) {
      let next = removeElements(doc, { nodes: [], edges: ['e-macie-trail', 'e-macie-logs'] });
      const account = next.nodes.find((n) => n.id === 'acct-app')!.size!;
      next = resizeNode(next, 'acct-app', { ...account, width: account.width + RIGHT.x });
      const macie = addServiceNextTo(next, 'gd-app', RIGHT, { kind: 'macie', label: 'Macie' });
      const watching = connect(macie.doc, {
        source: macie.id,
        target: 'records',
        kind: 'monitors',
      });
      return connect(watching.doc, { source: macie.id, target: 'hub', kind: 'findings' }).doc;
    },
    after: [],
  },
  // One click enables GuardDuty in us-east-1, beside Detective (it covers the bucket too);
  // one puts an EventBridge rule between GuardDuty and the topic.
  'challenge-detective-before-guardduty': {
    solve: (doc) => applyOneClickFixes(doc, ['DET-01', 'FND-01']),
    after: [],
  },
  // Grow the organization over the security account and drag the account into it.
  'challenge-guardduty-member-outside-admin': {
    solve(doc) {
      const org = doc.nodes.find((n) => n.id === 'org')!;
      const security = doc.nodes.find((n) => n.id === 'acct-sec')!;
      const at = security.position ?? { x: 0, y: 0 };
      const size = security.size ?? { width: 0, height: 0 };
      const grown = resizeNode(doc, 'org', {
        width: at.x + size.width + 28 - (org.position?.x ?? 0),
        height: Math.max(org.size?.height ?? 0, at.y + size.height + 28),
      });
      return reparentKeepingScreenPlace(grown, 'acct-sec', 'org');
    },
    after: [],
  },
  // One click adds AWS Config beside Security Hub in the security account.
  'challenge-security-hub-cis-without-config': {
    solve: (doc) => applyOneClickFixes(doc, ['SH-01']),
    after: [],
  },
  // The orders API becomes a REST API, which the same Regional web ACL can protect.
  'challenge-waf-http-api': {
    solve: (doc) => updateNode(doc, 'api', { props: { apiType: 'rest' } }),
    after: [],
  },
  // A web ACL on the distribution; the accelerator moves to a protection without automatic L7 mitigation.
  'challenge-shield-l7-without-web-acl': {
    solve(doc) {
      const acl = addServiceNextTo(doc, 'ga', BELOW, {
        kind: 'waf',
        label: 'Edge web ACL',
        props: { rateBasedRule: true, logging: true },
      });
      let next = connect(acl.doc, { source: acl.id, target: 'cf', kind: 'protects' }).doc;
      next = removeElements(next, { nodes: [], edges: ['e-shield-ga'] });
      const l3l4 = addServiceNextTo(next, acl.id, BELOW, {
        kind: 'shield',
        label: 'Shield Advanced (L3/L4)',
        props: { tier: 'advanced' },
      });
      return connect(l3l4.doc, { source: l3l4.id, target: 'ga', kind: 'protects' }).doc;
    },
    after: [],
  },
  // Replace the NLB by an ALB in the same two public subnets and move the web ACL to it.
  'challenge-waf-on-nlb': {
    solve(doc) {
      const nlbPlace = doc.nodes.find((n) => n.id === 'nlb')?.position ?? { x: 0, y: 0 };
      let next = removeElements(doc, { nodes: ['nlb'], edges: [] });
      const added = addNode(next, {
        kind: 'alb',
        parent: 'pub-a',
        position: nlbPlace,
        label: 'Web ALB',
        props: { scheme: 'internet-facing', subnets: ['pub-c'] },
      });
      next = link(added.doc, 'users', added.id, 443);
      next = link(next, added.id, 'web-a', 443);
      next = link(next, added.id, 'web-c', 443);
      return connect(next, { source: 'waf', target: added.id, kind: 'protects' }).doc;
    },
    after: [{ rule: 'SHD-07', nodes: ['alb-1'] }],
  },
  // Two one-click fixes: both services move out of the VPC.
  'challenge-guardduty-in-subnet': {
    solve: (doc) => applyOneClickFixes(doc, ['PLC-01']),
    after: [{ rule: 'SHD-07', nodes: ['alb'] }],
  },
  // One-click fix for the second AZ, then delete the direct path to the ALB.
  'challenge-alb-front-door': {
    solve: (doc) =>
      removeElements(applyOneClickFixes(doc, ['NET-06']), { nodes: [], edges: ['e-attacker-alb'] }),
    after: [{ rule: 'SHD-07', nodes: ['cf'] }],
  },
  // Protect the distribution instead of the bucket; turn origin access control on.
  'challenge-shield-advanced-on-s3': {
    solve(doc) {
      const next = removeElements(doc, { nodes: [], edges: ['e-shield-media'] });
      const linked = connect(next, { source: 'shield', target: 'cf', kind: 'protects' }).doc;
      return updateNode(linked, 'cf', { props: { originAccessControl: true } });
    },
    after: [],
  },
  // Every finding has a one-click fix.
  'challenge-findings-pipeline': {
    solve: (doc) => applyOneClickFixes(doc, ['FND-01', 'DET-01', 'SH-01', 'GD-01']),
    after: [],
  },
  // One click adds both return rules.
  'challenge-nacl-return-rule': {
    solve: (doc) => applyOneClickFixes(doc, ['NACL-02']),
    after: [],
  },
  // Draw an organization around both accounts, one click for AWS Config, logging on.
  'challenge-firewall-manager-without-organizations': {
    solve(doc) {
      const rects = ['acct-sec', 'acct-app'].map((id) => {
        const node = doc.nodes.find((n) => n.id === id)!;
        return { at: absolutePosition(doc, id), size: node.size ?? { width: 0, height: 0 } };
      });
      const left = Math.min(...rects.map((r) => r.at.x)) - 40;
      const top = Math.min(...rects.map((r) => r.at.y)) - 80;
      const right = Math.max(...rects.map((r) => r.at.x + r.size.width)) + 40;
      const bottom = Math.max(...rects.map((r) => r.at.y + r.size.height)) + 40;
      const org = addNode(doc, {
        kind: 'organization',
        position: { x: left, y: top },
        label: 'Organization',
      });
      let next = resizeNode(org.doc, org.id, { width: right - left, height: bottom - top });
      next = reparentKeepingScreenPlace(next, 'acct-sec', org.id);
      next = reparentKeepingScreenPlace(next, 'acct-app', org.id);
      next = applyOneClickFixes(next, ['FMS-02']);
      return updateNode(next, 'nfw', { props: { logging: true } });
    },
    after: [],
  },
  // One click adds the outbound ephemeral row the response needs.
  'challenge-nacl-response-dropped': {
    solve: (doc) => applyOneClickFixes(doc, ['NACL-02']),
    after: [],
  },
  // Only the web servers' group may reach 3306, and the database gets no public address.
  'challenge-database-exposed': {
    solve(doc) {
      const next = updateNode(doc, 'sg-db', {
        props: { inbound: [{ protocol: 'tcp', ports: '3306', source: 'sg-web' }] },
      });
      return updateNode(next, 'db', { props: { publiclyAccessible: false } });
    },
    after: [],
  },
  // Delete both inbound rows and the SSH path; the SSM Agent path stays.
  'challenge-ssh-open-to-world': {
    solve(doc) {
      const next = updateNode(doc, 'sg-admin', { props: { inbound: [] } });
      return removeElements(next, { nodes: [], edges: ['e-admins-server'] });
    },
    after: [],
  },
  // Install the SSM Agent on both workers; Inspector stops watching the bucket.
  'challenge-inspector-without-ssm-agent': {
    solve(doc) {
      let next = removeElements(doc, { nodes: [], edges: ['e-inspector-uploads'] });
      for (const worker of ['worker-a', 'worker-c'])
        next = updateNode(next, worker, { props: { ssmAgent: true } });
      return next;
    },
    after: [],
  },
  // Remove the discontinued scanner; Lambda code scanning comes with standard scanning.
  'challenge-codeguru-security-retired': {
    solve(doc) {
      const next = removeElements(doc, { nodes: ['codeguru'], edges: [] });
      return updateNode(next, 'inspector', { props: { lambdaStandard: true } });
    },
    after: [],
  },
  // Both agents from detection to prevention mode.
  'challenge-ids-where-blocking-required': {
    solve(doc) {
      const next = updateNode(doc, 'agent-proxy', { props: { mode: 'ips' } });
      return updateNode(next, 'agent-app', { props: { mode: 'ips' } });
    },
    after: [],
  },
  // A dedicated subnet for the firewall, whose policy gets rule groups and logging.
  'challenge-network-firewall-misplaced': {
    solve(doc) {
      const vpc = doc.nodes.find((n) => n.id === 'vpc')!;
      const subnet = addNode(doc, {
        kind: 'subnet',
        parent: 'vpc',
        position: { x: 28, y: (vpc.size?.height ?? 0) + 20 },
        label: 'Firewall subnet',
        props: { tier: 'public', az: 'a', cidr: '10.80.0.0/24' },
      });
      const next = reparentKeepingScreenPlace(subnet.doc, 'nfw', subnet.id);
      return updateNode(next, 'nfw', { props: { logging: true, hasRules: true } });
    },
    after: [],
  },
  // One click adds AWS Config for Security Hub, one adds GuardDuty for Detective and the workloads.
  'challenge-devops-guru-threat-detection': {
    solve: (doc) => applyOneClickFixes(doc, ['SH-01', 'DET-01', 'GD-01']),
    after: [],
  },
  // The queue's hand-written policy is replaced by one the Policy Generator writes (the
  // SNS service, only for this topic); the public statement leaves the bucket policy.
  'challenge-policy-generator': {
    solve(doc) {
      const generated = appendStatement('', {
        effect: 'Allow',
        principal: { type: 'service', name: 'sns.amazonaws.com' },
        actions: ['sqs:SendMessage'],
        resource: resourceArn('sqs', 'orders'),
        condition: { key: 'aws:SourceArn', value: resourceArn('sns', 'order-topic') },
      });
      if (!generated.ok) throw new Error('the generator refused its own statement');
      const next = updateNode(doc, 'queue', { props: { policy: generated.text } });
      return updateNode(next, 'bucket', { props: { policy: '' } });
    },
    after: [],
  },
  // The auditor's role becomes read-only in the inspector; the operations team's
  // administrator role is not an auditor's and stays as it is.
  'challenge-auditor-can-write': {
    solve: (doc) => updateNode(doc, 'auditor-role', { props: { accessLevel: 'read-only' } }),
    after: [],
  },
};
