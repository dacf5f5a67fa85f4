import { describe, expect, it } from 'vitest';
import { packetRoute, polylineOf } from './packetRoute';
import { hop, result } from './testResults';

const path = ['internet', 'alb', 'web', 'db'];

describe('packetRoute', () => {
  it('goes along the path and back when every hop allows', () => {
    const route = packetRoute(result(path, [hop('alb', 'allow'), hop('db', 'allow')]));
    expect(route).toEqual({
      request: path,
      response: [...path].reverse(),
      end: 'done',
      stopAt: 'internet',
    });
  });

  it('stops at the node of the blocking hop', () => {
    const blocked = result(path, [hop('alb', 'allow'), hop('web', 'deny', { node: 'nacl-app' })], {
      blocked: { node: 'nacl-app', code: 'NACL_INBOUND_DENY' },
    });
    expect(packetRoute(blocked)).toEqual({
      request: ['internet', 'alb', 'web'],
      response: [],
      end: 'blocked',
      stopAt: 'web',
    });
  });

  it('lets a request arrive and stops its response where the response is denied', () => {
    const blocked = result(path, [hop('alb', 'deny', { phase: 'response' })], {
      blocked: { node: 'alb', code: 'NACL_RESPONSE_DENY' },
    });
    expect(packetRoute(blocked)).toEqual({
      request: path,
      response: ['db', 'web', 'alb'],
      end: 'blocked',
      stopAt: 'alb',
    });
  });

  it('stops at the path node of the layer that stops a threat', () => {
    const stopped = result(path, [hop('alb', 'inspect', { node: 'waf' })], {
      threat: {
        kind: 'sqli',
        outcome: 'stopped',
        stoppedBy: { node: 'waf', code: 'WAF_MANAGED_RULES' },
        detectedBy: [],
        message: { en: '', ja: '' },
      },
    });
    expect(packetRoute(stopped)).toMatchObject({
      request: ['internet', 'alb'],
      response: [],
      end: 'stopped',
      stopAt: 'alb',
    });
  });
});

describe('polylineOf', () => {
  const centres: Record<string, { x: number; y: number }> = {
    a: { x: 0, y: 0 },
    b: { x: 30, y: 40 },
    c: { x: 30, y: 190 },
  };

  it('joins the centres and gives each corner its share of the length', () => {
    const line = polylineOf(['a', 'b', 'c'], (id) => centres[id]);
    expect(line.points).toEqual([centres.a, centres.b, centres.c]);
    expect(line.length).toBe(200);
    expect(line.offsets).toEqual([0, 0.25, 1]);
  });

  it('skips nodes that are not on the canvas and spreads zero-length lines evenly', () => {
    expect(polylineOf(['a', 'ghost', 'b'], (id) => centres[id]).points).toHaveLength(2);
    expect(polylineOf(['a', 'a', 'a'], (id) => centres[id]).offsets).toEqual([0, 0.5, 1]);
  });
});
