import { describe, expect, it } from 'vitest';
import type { ExposureMap } from '../../domain/trace';
import { buildTraceView, hopBadgesByNode, traceViewOf, tracedNodes } from './traceView';
import { hop, result } from './testResults';

const answer = result(
  ['internet', 'alb', 'web'],
  [
    hop('alb', 'allow', { node: 'sg-alb' }),
    hop('alb', 'inspect', { node: 'waf' }),
    hop('web', 'allow', { node: 'nacl-app' }),
    hop('web', 'deny', { node: 'sg-web' }),
    hop('alb', 'allow', { node: 'sg-alb', phase: 'response' }),
  ],
);

describe('hopBadgesByNode', () => {
  it('groups the 1-based hop numbers of a node by verdict, allowed first', () => {
    const badges = hopBadgesByNode(answer, null);
    expect(badges.get('alb')).toEqual([
      { verdict: 'allow', numbers: [1, 5], current: false },
      { verdict: 'inspect', numbers: [2], current: false },
    ]);
    expect(badges.get('web')).toEqual([
      { verdict: 'allow', numbers: [3], current: false },
      { verdict: 'deny', numbers: [4], current: false },
    ]);
    expect(badges.has('internet')).toBe(false);
  });

  it('marks the badge holding the stepped hop as current', () => {
    const badges = hopBadgesByNode(answer, 4);
    expect(badges.get('alb')!.map((b) => b.current)).toEqual([true, false]);
    expect(badges.get('web')!.map((b) => b.current)).toEqual([false, false]);
  });
});

describe('tracedNodes', () => {
  it('is the path plus every node a hop is reported at', () => {
    expect([...tracedNodes(answer)].sort()).toEqual(
      ['alb', 'internet', 'nacl-app', 'sg-alb', 'sg-web', 'waf', 'web'].sort(),
    );
  });
});

describe('buildTraceView', () => {
  const exposure: ExposureMap = {
    nodes: [
      { node: 'db', ports: [3306], entryPoint: false, risk: 9, reason: { en: '', ja: '' } },
      { node: 'alb', ports: [80, 443], entryPoint: false, risk: 2, reason: { en: '', ja: '' } },
    ],
  };

  it('shows nothing while the tool is closed or has no answer', () => {
    const view = buildTraceView({ open: false, result: answer, step: null, exposure: null });
    expect(view.tracing).toBe(false);
    expect(view.nodes.size).toBe(0);
    expect(buildTraceView({ open: true, result: null, step: null, exposure: null }).tracing).toBe(
      false,
    );
  });

  it('gives path nodes the path role, reported-at nodes the hop role, and path edges both ways', () => {
    const view = buildTraceView({ open: true, result: answer, step: null, exposure: null });
    expect(view.nodes.get('web')?.role).toBe('path');
    expect(view.nodes.get('sg-web')?.role).toBe('hop');
    expect(view.nodes.get('sg-web')?.badges).toEqual([]);
    expect(view.pathEdges.has('alb>web')).toBe(true);
    expect(view.pathEdges.has('web>alb')).toBe(true);
    expect(view.pathEdges.has('internet>web')).toBe(false);
  });

  it('adds the exposure badges, kept on nodes the trace also shows', () => {
    const view = buildTraceView({ open: true, result: answer, step: null, exposure });
    expect(view.exposing).toBe(true);
    expect(view.nodes.get('db')).toMatchObject({ role: 'exposed', exposure: { ports: [3306] } });
    expect(view.nodes.get('alb')).toMatchObject({ role: 'path', exposure: { ports: [80, 443] } });
  });
});

describe('traceViewOf', () => {
  it('returns the same view until an input changes', () => {
    const input = { open: true, result: answer, step: null, exposure: null };
    const first = traceViewOf(input);
    expect(traceViewOf({ ...input })).toBe(first);
    expect(traceViewOf({ ...input, step: 1 })).not.toBe(first);
  });
});
