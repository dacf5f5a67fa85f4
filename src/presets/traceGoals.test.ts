import { describe, expect, it } from 'vitest';
import { updateNode } from '../domain/commands';
import type { Diagram, PresetTrace } from '../domain/document/types';
import { diagram } from '../domain/rules/testing';
import { goalStatus, goalTracker, traceGoals } from './traceGoals';

/**
 * A web server and a database in one public subnet, the database publicly accessible
 * with 3306 open to any address: the internet reaches both.
 */
function exposedDatabase(): Diagram {
  return diagram({
    nodes: [
      { id: 'internet', kind: 'internet' },
      { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
      { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
      {
        id: 'sg-web',
        kind: 'security-group',
        parent: 'pub',
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }] },
      },
      { id: 'web', kind: 'ec2', parent: 'sg-web', props: { publicIp: true } },
      {
        id: 'sg-db',
        kind: 'security-group',
        parent: 'pub',
        props: { inbound: [{ protocol: 'tcp', ports: '3306', source: '0.0.0.0/0' }] },
      },
      { id: 'db', kind: 'rds', parent: 'sg-db', props: { publiclyAccessible: true } },
    ],
  });
}

const label = { en: 'A trace', ja: 'トレース' };
const dbClosed: PresetTrace = {
  label,
  question: { from: 'internet', to: 'db', port: 3306 },
  expect: 'unreachable',
};
const webOpen: PresetTrace = {
  label,
  question: { from: 'internet', to: 'web', port: 443 },
  expect: 'reachable',
};
const sqliStopped: PresetTrace = {
  label,
  question: { from: 'internet', to: 'web', port: 443, threat: 'sqli' },
  expect: 'stopped',
};
const noGoal: PresetTrace = { label, question: { from: 'internet', to: 'db', port: 3306 } };

const closeDatabase = (doc: Diagram) =>
  updateNode(doc, 'sg-db', {
    props: { inbound: [{ protocol: 'tcp', ports: '3306', source: 'sg-web' }] },
  });

describe('goalStatus', () => {
  it('is met when the trace answers as expected, unmet otherwise', () => {
    const doc = exposedDatabase();
    expect(goalStatus(doc, dbClosed)).toBe('unmet');
    expect(goalStatus(doc, webOpen)).toBe('met');
    expect(goalStatus(closeDatabase(doc), dbClosed)).toBe('met');
  });

  it('reads `stopped` as the threat being stopped, not as reachability', () => {
    // Reachable, but nothing on the path recognises an SQL injection.
    expect(goalStatus(exposedDatabase(), sqliStopped)).toBe('unmet');
  });

  it('is unanswerable when a node the question names was deleted, and undefined without expect', () => {
    const doc = exposedDatabase();
    const withoutDb: Diagram = { ...doc, nodes: doc.nodes.filter((n) => n.id !== 'db') };
    expect(goalStatus(withoutDb, dbClosed)).toBe('unanswerable');
    expect(goalStatus(doc, noGoal)).toBeUndefined();
  });
});

describe('traceGoals', () => {
  it('lists only the traces with expect, keeping their index in preset.traces', () => {
    expect(traceGoals(exposedDatabase(), [noGoal, dbClosed, webOpen])).toEqual([
      { index: 1, expect: 'unreachable', state: 'unmet' },
      { index: 2, expect: 'reachable', state: 'met' },
    ]);
    expect(traceGoals(exposedDatabase(), undefined)).toEqual([]);
  });
});

describe('goalTracker', () => {
  it('answers again after an edit a trace sees, and keeps the same goals while nodes move', () => {
    const track = goalTracker();
    const traces = [dbClosed];
    const doc = exposedDatabase();
    const first = track(doc, traces);
    const moved: Diagram = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 500, y: 500 } } : n)),
    };
    expect(track(moved, traces)).toBe(first);
    const closed = track(closeDatabase(moved), traces);
    expect(closed).not.toBe(first);
    expect(closed[0].state).toBe('met');
  });
});
