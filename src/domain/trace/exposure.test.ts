/**
 * exposureMap(doc): what the internet reaches and on which of EXPOSURE_PORTS, riskiest
 * first. exposureAgreement.test.ts holds it to trace() port by port.
 */
import { describe, expect, it } from 'vitest';
import type { Diagram } from '../document/types';
import { exposureMap } from './exposure';
import type { Change } from './testing';
import { sgIn, threeTier } from './testing';
import type { ExposedNode } from './types';

function exposed(doc: Diagram): Map<string, ExposedNode> {
  return new Map(exposureMap(doc).nodes.map((n) => [n.node, n]));
}

/** A web server in the public subnet, its group open on SSH, HTTP and RDP. */
function publicServer(ec2Props: Record<string, boolean> = { publicIp: true }): Change {
  const open = ['22', '80', '3389'].map((port) => sgIn(port, '0.0.0.0/0'));
  return {
    add: [
      { id: 'sg-pub-web', kind: 'security-group', parent: 'pub', props: { inbound: open } },
      { id: 'pub-web', kind: 'ec2', parent: 'sg-pub-web', props: ec2Props },
    ],
  };
}

const bastion = threeTier(publicServer());

describe('exposureMap', () => {
  it('lists an internet-facing ALB on its open ports and the backend behind it', () => {
    const map = exposed(threeTier());
    expect(map.get('alb')?.ports).toEqual([443]);
    expect(map.get('alb')?.entryPoint).toBe(false);
    // web is reached through the ALB: a trace from the internet on 443 arrives there.
    expect(map.get('web')?.ports).toEqual([443]);
    expect(map.get('web')?.reason.en).toContain('through');
    expect(map.has('db')).toBe(false);
    expect(map.has('internet')).toBe(false);
    for (const node of map.values()) {
      expect(node.reason.en).not.toBe('');
      expect(node.reason.ja).not.toBe('');
    }
  });

  it('lists an EC2 with a public IP on exactly the ports its group opens', () => {
    const node = exposed(bastion).get('pub-web');
    expect(node?.ports).toEqual([22, 80, 3389]);
    expect(node?.reason.en).toContain('administration port');
    expect(node?.reason.en).toContain('directly');
  });

  it('drops a server whose public IP is gone or whose group is closed', () => {
    const noIp = threeTier(publicServer({}));
    expect(exposed(noIp).has('pub-web')).toBe(false);
    expect(exposed(threeTier({ set: { 'sg-alb': { inbound: [] } } })).has('alb')).toBe(false);
    expect(exposed(threeTier({ drop: ['igw'] })).size).toBe(0);
  });

  it('sorts a publicly accessible database open to the world first', () => {
    const publicDb = (publiclyAccessible: boolean) =>
      threeTier({
        set: {
          data: { tier: 'public' },
          db: { publiclyAccessible },
          'sg-db': { inbound: [sgIn('3306', '0.0.0.0/0')] },
        },
        ...publicServer(),
      });
    const nodes = exposureMap(publicDb(true)).nodes;
    expect(nodes[0].node).toBe('db');
    expect(nodes[0].ports).toEqual([3306]);
    expect(nodes[0].reason.en).toContain('database port');
    expect(nodes.map((n) => n.node)).toEqual(expect.arrayContaining(['alb', 'web', 'pub-web']));
    for (let i = 1; i < nodes.length; i++)
      expect(nodes[i - 1].risk).toBeGreaterThanOrEqual(nodes[i].risk);
    // Without a public address the same database is not reachable at all.
    expect(exposureMap(publicDb(false)).nodes.map((n) => n.node)).not.toContain('db');
  });

  it('marks a public edge endpoint as an entry point', () => {
    const doc = threeTier({ add: [{ id: 'api', kind: 'api-gateway' }] });
    expect(exposed(doc).get('api')).toMatchObject({ ports: [80, 443], entryPoint: true });
  });
});
