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

export const CHALLENGE_SOLUTIONS: Readonly<Record<string, ChallengeSolution>> = {
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
};
