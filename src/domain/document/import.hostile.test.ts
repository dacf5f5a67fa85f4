/** Keys such as __proto__, constructor and prototype are never copied into objects. */
import { afterEach, describe, expect, it } from 'vitest';
import { accepted } from './importTesting';
import { importDiagram } from './import';

const HOSTILE = ['__proto__', 'constructor', 'prototype'];
const poison = { polluted: 'yes', isAdmin: true };

/** A JSON text with hostile keys at every level the import reads. */
function hostileFile(): string {
  const extra = `"__proto__": ${JSON.stringify(poison)}, "constructor": {"prototype": ${JSON.stringify(poison)}}, "prototype": ${JSON.stringify(poison)}`;
  return `{
    "type": "aws-security-playground", "version": 1, ${extra},
    "title": "t",
    "nodes": [
      { "id": "sg-1", "kind": "security-group", ${extra},
        "position": { "x": 0, "y": 0, ${extra} },
        "size": { "width": 200, "height": 100, ${extra} },
        "props": { ${extra},
          "inbound": [ { "protocol": "tcp", "ports": "443", "source": "0.0.0.0/0", ${extra} } ] } },
      { "id": "alb-1", "kind": "alb", "parent": "sg-1", "props": { "subnets": ["a"], ${extra} } },
      { "id": "__proto__", "kind": "ec2" }
    ],
    "edges": [
      { "id": "e", "source": "alb-1", "target": "__proto__", ${extra}, "props": { "port": 80, ${extra} } }
    ],
    "accepted": [ { "rule": "R", "node": "alb-1", "reason": "x", ${extra} } ],
    "preset": { "id": "p", "mode": "reference", ${extra},
      "title": { "en": "a", "ja": "b", ${extra} }, "scenario": { "en": "a", "ja": "b" },
      "lesson": { "en": "a", "ja": "b" }, "expect": [ { "rule": "R", "nodes": ["alb-1"], ${extra} } ] }
  }`;
}

/** Every object in the result: plain, and without a hostile own key. */
function assertClean(value: unknown, path = '$'): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((v, k) => assertClean(v, `${path}[${k}]`));
    return;
  }
  expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
  for (const key of HOSTILE)
    expect(Object.prototype.hasOwnProperty.call(value, key), `${path}.${key}`).toBe(false);
  for (const [k, v] of Object.entries(value)) assertClean(v, `${path}.${k}`);
}

describe('import of a hostile file', () => {
  afterEach(() => {
    // Nothing may leak into the shared prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('copies no hostile key anywhere and pollutes no prototype', () => {
    const { doc, warnings } = accepted(importDiagram(hostileFile()));
    assertClean(doc);
    expect(doc.nodes.map((n) => n.id)).toEqual(['sg-1', 'alb-1', '__proto__']);
    expect(doc.nodes[0].props.inbound).toEqual([
      { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
    ]);
    expect(doc.edges[0]).toMatchObject({
      source: 'alb-1',
      target: '__proto__',
      props: { port: 80, protocol: 'tcp' },
    });
    // Each dropped hostile key is reported like any unknown field.
    expect(warnings.filter((w) => w.path === '__proto__')).toHaveLength(1);
    expect(
      warnings.some((w) => w.path === 'nodes[0].props.constructor' && w.code === 'unknown-prop'),
    ).toBe(true);
  });

  it('also when given an already parsed object', () => {
    const parsed: unknown = JSON.parse(hostileFile());
    assertClean(accepted(importDiagram(parsed)).doc);
  });

  it('does not read inherited fields as the file’s own', () => {
    const inherited = Object.create({
      type: 'aws-security-playground',
      version: 1,
      nodes: [],
      edges: [],
    });
    expect(importDiagram(inherited).ok).toBe(false);
  });
});
