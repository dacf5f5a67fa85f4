/**
 * The exposure map answers "what can the internet reach?" with one search per port and
 * shares verdicts between alike legs; trace() answers one question at a time. On every
 * preset and on a generated network diagram, a node's exposed ports must be exactly
 * the ports on which a trace from the internet reaches it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNetworkDiagram } from '../../../bench/generate';
import { diagram } from '../rules/testing';
import { importDiagram } from '../document/import';
import type { Diagram } from '../document/types';
import { exposureMap } from './exposure';
import { trace } from './trace';
import { EXPOSURE_PORTS, INTERNET } from './types';

function imported(text: string): Diagram {
  const result = importDiagram(text);
  if (!result.ok) throw new Error(result.errors[0]?.message.en);
  return result.doc;
}

/** Every node's ports as trace() gives them, one question per node and port. */
function portsByTrace(doc: Diagram): Map<string, number[]> {
  const ports = new Map<string, number[]>();
  for (const node of doc.nodes) {
    if (node.kind === 'internet') continue;
    const open = EXPOSURE_PORTS.filter(
      (port) => trace(doc, { from: INTERNET, to: node.id, port }).reachable,
    );
    if (open.length > 0) ports.set(node.id, open);
  }
  return ports;
}

function portsByExposure(doc: Diagram): Map<string, number[]> {
  return new Map(exposureMap(doc).nodes.map((n) => [n.node, [...n.ports]]));
}

const ssh = { protocol: 'tcp', ports: '22', source: '0.0.0.0/0' };
const web = { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' };

/**
 * Neighbours in one public subnet that differ in one thing each (a group, a public
 * address, a kind, a listener), and two in another subnet: the map may share a verdict
 * only between legs that are alike in everything the checks read.
 */
const neighbours = diagram({
  nodes: [
    { id: 'internet', kind: 'internet' },
    { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
    { id: 'pub2', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.9.0/24' } },
    {
      id: 'nacl2',
      kind: 'network-acl',
      parent: 'pub2',
      props: {
        inbound: [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' }],
        outbound: [
          { rule: 100, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
        ],
      },
    },
    { id: 'sg-ssh', kind: 'security-group', parent: 'pub', props: { inbound: [ssh] } },
    { id: 'sg-web', kind: 'security-group', parent: 'pub', props: { inbound: [web] } },
    { id: 'sg-both', kind: 'security-group', parent: 'pub2', props: { inbound: [ssh, web] } },
    { id: 'a', kind: 'ec2', parent: 'sg-ssh', props: { publicIp: true } },
    { id: 'b', kind: 'ec2', parent: 'sg-ssh', props: { publicIp: false } },
    { id: 'c', kind: 'ec2', parent: 'sg-web', props: { publicIp: true } },
    { id: 'd', kind: 'rds', parent: 'sg-web', props: { publiclyAccessible: true } },
    { id: 'e', kind: 'ec2', parent: 'pub', props: { elasticIp: true } },
    { id: 'f', kind: 'ec2', parent: 'sg-both', props: { publicIp: true } },
    { id: 'lb1', kind: 'alb', parent: 'sg-web', props: { scheme: 'internet-facing' } },
    { id: 'lb2', kind: 'alb', parent: 'sg-web', props: { scheme: 'internet-facing' } },
    { id: 'g', kind: 'ec2', parent: 'sg-web' },
    // Two subnets without a CIDR give their nodes the same address (the VPC's).
    { id: 'pub3', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
    { id: 'pub4', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
    { id: 'nacl3', kind: 'network-acl', parent: 'pub3', props: { inbound: [], outbound: [] } },
    { id: 'h', kind: 'ec2', parent: 'pub3', props: { publicIp: true } },
    { id: 'i', kind: 'ec2', parent: 'pub4', props: { publicIp: true } },
  ],
  edges: [
    { source: 'internet', target: 'b', props: { port: 22 } },
    { source: 'internet', target: 'lb1', props: { port: 22 } },
    { source: 'lb1', target: 'g', props: { port: 443 } },
    { source: 'lb2', target: 'g', props: { port: 22 } },
  ],
});

const PRESETS = join(__dirname, '../../../presets');

describe('the exposure map agrees with trace()', () => {
  const files = readdirSync(PRESETS).filter((f) => f.endsWith('.json'));

  it.each(files)('on the preset %s', (file) => {
    const doc = imported(readFileSync(join(PRESETS, file), 'utf8'));
    expect(portsByExposure(doc)).toEqual(portsByTrace(doc));
  });

  it('on neighbours that differ in one thing each', () => {
    const byTrace = portsByTrace(neighbours);
    expect([...byTrace.keys()].sort()).toEqual(['a', 'c', 'd', 'e', 'f', 'i', 'lb2']);
    expect(portsByExposure(neighbours)).toEqual(byTrace);
  });

  it('on a generated network diagram where many instances share a subnet and groups', () => {
    const doc = imported(JSON.stringify(generateNetworkDiagram(400)));
    const byTrace = portsByTrace(doc);
    expect(byTrace.size).toBeGreaterThan(20);
    expect(portsByExposure(doc)).toEqual(byTrace);
  });
});
