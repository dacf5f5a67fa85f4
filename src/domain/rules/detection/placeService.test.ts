import { describe, expect, it } from 'vitest';
import { LEAF_SIZE } from '../../kinds/catalogue';
import { diagram } from '../testing';
import { addServiceBeside, addServiceIn } from './placeService';
import { leaf } from './testFixtures';

const box = (width: number, height: number) => ({
  id: 'acct',
  kind: 'account' as const,
  position: { x: 0, y: 0 },
  size: { width, height },
});
const W = LEAF_SIZE.width;
const H = LEAF_SIZE.height;

describe('addServiceIn', () => {
  it('puts the service right of the reference node when there is room', () => {
    const doc = diagram({
      nodes: [box(600, 400), leaf('a', 'detective', 'acct', { x: 20, y: 44 })],
    });
    const { doc: next, id } = addServiceIn(doc, { kind: 'guardduty', scope: 'acct', near: 'a' });
    expect(next.nodes.find((n) => n.id === id)).toMatchObject({
      kind: 'guardduty',
      parent: 'acct',
      position: { x: 20 + W + 24, y: 44 },
    });
    expect(next.nodes.find((n) => n.id === 'acct')?.size).toEqual({ width: 600, height: 400 });
  });

  it('goes below when the right side is taken', () => {
    const doc = diagram({
      nodes: [
        box(600, 400),
        leaf('a', 'detective', 'acct', { x: 20, y: 44 }),
        leaf('b', 'sns', 'acct', { x: 20 + W + 30, y: 44 }),
      ],
    });
    const { doc: next, id } = addServiceIn(doc, { kind: 'config', scope: 'acct', near: 'a' });
    expect(next.nodes.find((n) => n.id === id)?.position).toEqual({ x: 20, y: 44 + H + 24 });
  });

  it('grows a full container to hold the new node', () => {
    const doc = diagram({
      nodes: [box(140, 160), leaf('a', 'detective', 'acct', { x: 20, y: 44 })],
    });
    const { doc: next, id } = addServiceIn(doc, { kind: 'guardduty', scope: 'acct', near: 'a' });
    const added = next.nodes.find((n) => n.id === id)!;
    const size = next.nodes.find((n) => n.id === 'acct')!.size!;
    expect(added.position!.x + W).toBeLessThanOrEqual(size.width);
    expect(added.position!.y + H).toBeLessThanOrEqual(size.height);
    expect(size.height).toBeGreaterThan(160);
  });

  it('finds a free cell at top level without a reference node', () => {
    const doc = diagram({ nodes: [leaf('a', 'lambda', undefined, { x: 0, y: 0 })] });
    const { doc: next, id } = addServiceIn(doc, { kind: 'guardduty', scope: undefined });
    const added = next.nodes.find((n) => n.id === id)!;
    expect(added.parent).toBeUndefined();
    expect(added.position).toEqual({ x: W + 24, y: 0 });
  });

  it('does not change its input', () => {
    const doc = diagram({ nodes: [box(600, 400)] });
    const copy = structuredClone(doc);
    addServiceIn(doc, { kind: 'config', scope: 'acct' });
    expect(doc).toEqual(copy);
  });
});

describe('addServiceBeside', () => {
  it('uses the scope of the reference node', () => {
    const doc = diagram({
      nodes: [box(600, 400), leaf('hub', 'security-hub', 'acct', { x: 20, y: 44 })],
    });
    const next = addServiceBeside(doc, 'config', 'hub');
    expect(next.nodes.at(-1)).toMatchObject({ kind: 'config', parent: 'acct' });
  });
});
