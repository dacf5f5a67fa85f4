/**
 * Test fixtures shared by the detection and firewall rule tests: an organization with
 * a security account and a workload account, laid out so that fixes have room to place
 * new nodes.
 */
import type { NodeSpec } from '../testing';

/**
 * `org` (allFeatures) holding `acct-sec` and `acct-app`; `acct-app` holds `vpc` >
 * `subnet` > `ec2` (label "web-1") and an `s3` bucket (label "logs").
 */
export function organization(orgProps: NodeSpec['props'] = {}): NodeSpec[] {
  return [
    {
      id: 'org',
      kind: 'organization',
      position: { x: 0, y: 0 },
      size: { width: 1400, height: 700 },
      props: orgProps,
    },
    {
      id: 'acct-sec',
      kind: 'account',
      parent: 'org',
      position: { x: 20, y: 44 },
      size: { width: 400, height: 400 },
      props: { role: 'security' },
    },
    {
      id: 'acct-app',
      kind: 'account',
      parent: 'org',
      position: { x: 460, y: 44 },
      size: { width: 900, height: 600 },
    },
    {
      id: 'vpc',
      kind: 'vpc',
      parent: 'acct-app',
      position: { x: 20, y: 44 },
      size: { width: 500, height: 400 },
    },
    {
      id: 'subnet',
      kind: 'subnet',
      parent: 'vpc',
      position: { x: 20, y: 44 },
      size: { width: 300, height: 200 },
      props: { cidr: '10.0.1.0/24' },
    },
    { id: 'ec2', kind: 'ec2', parent: 'subnet', label: 'web-1', position: { x: 20, y: 44 } },
    { id: 's3', kind: 's3', parent: 'acct-app', label: 'logs', position: { x: 560, y: 44 } },
  ];
}

/** A leaf node at a position, for adding services to a fixture. */
export function leaf(
  id: string,
  kind: NodeSpec['kind'],
  parent: string | undefined,
  position = { x: 0, y: 0 },
  props: NodeSpec['props'] = {},
): NodeSpec {
  return { id, kind, position, props, ...(parent !== undefined ? { parent } : {}) };
}
