import { describe, expect, it } from 'vitest';
import { diagram, frozen, nested, node } from '../domain/commands/testing';
import { absolutePosition, absoluteRect } from '../domain/document/geometry';
import { LEAF_SIZE } from '../domain/kinds/catalogue';
import {
  INSET,
  addInto,
  ancestorsOf,
  containerForNew,
  freeSlot,
  growToHold,
  kindFitsIn,
  moveInto,
  parentChoices,
} from './placeInContainer';

const find = (doc: ReturnType<typeof nested>, id: string) => doc.nodes.find((n) => n.id === id)!;

describe('kindFitsIn and containerForNew', () => {
  it('follows the placement rules of kinds.md', () => {
    const doc = nested();
    expect(kindFitsIn(doc, 'subnet', 'vpc-1')).toBe(true);
    expect(kindFitsIn(doc, 'subnet', 'sub-1')).toBe(false);
    expect(kindFitsIn(doc, 'guardduty', 'vpc-1')).toBe(false);
    expect(kindFitsIn(doc, 'guardduty', null)).toBe(true);
    expect(kindFitsIn(doc, 'ec2', null)).toBe(false);
    // A leaf is no container, whatever the kind.
    expect(kindFitsIn(doc, 'ec2', 'waf-1')).toBe(false);
  });

  it('picks the selected container, else the nearest one around the selection that fits', () => {
    const doc = nested();
    expect(containerForNew(doc, 'ec2', 'sub-1')).toBe('sub-1');
    expect(containerForNew(doc, 'nat-gateway', 'ec2-1')).toBe('sub-1');
    expect(containerForNew(doc, 'subnet', 'ec2-1')).toBe('vpc-1');
    expect(containerForNew(doc, 'guardduty', 'ec2-1')).toBeNull();
    expect(containerForNew(doc, 'ec2', 'waf-1')).toBeNull();
  });
});

describe('freeSlot', () => {
  it('starts below the title and steps past the children already there', () => {
    const doc = nested();
    const first = freeSlot(doc, 'vpc-1', LEAF_SIZE, 'sub-1');
    expect(first).toEqual(INSET);
    const next = freeSlot(doc, 'vpc-1', LEAF_SIZE);
    const sub = absoluteRect(doc, 'sub-1');
    const vpc = absoluteRect(doc, 'vpc-1');
    // Right of the subnet (which spans x 20..320), on its row.
    expect(next.x).toBeGreaterThanOrEqual(sub.x - vpc.x + sub.width + 28);
    expect(next.y).toBe(INSET.y);
  });

  it('goes under the lowest child when the container is full', () => {
    const doc = frozen(
      diagram([
        node('sg-1', 'security-group', { size: { width: 150, height: 150 } }),
        node('ec2-1', 'ec2', { parent: 'sg-1', position: { ...INSET } }),
      ]),
    );
    expect(freeSlot(doc, 'sg-1', LEAF_SIZE)).toEqual({
      x: INSET.x,
      y: INSET.y + LEAF_SIZE.height + 28,
    });
  });
});

describe('addInto', () => {
  it('adds inside the container and grows every container around it to hold it', () => {
    const doc = frozen(
      diagram([
        node('vpc-1', 'vpc', { size: { width: 300, height: 300 } }),
        node('sg-1', 'security-group', {
          parent: 'vpc-1',
          position: { ...INSET },
          size: { width: 150, height: 150 },
        }),
        node('ec2-1', 'ec2', { parent: 'sg-1', position: { ...INSET } }),
      ]),
    );
    const { doc: next, id } = addInto(doc, 'ec2', 'sg-1');
    expect(id).toBe('ec2-2');
    const added = absoluteRect(next, 'ec2-2');
    for (const holder of ['sg-1', 'vpc-1']) {
      const box = absoluteRect(next, holder);
      expect(added.x + added.width).toBeLessThanOrEqual(box.x + box.width);
      expect(added.y + added.height).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(find(next, 'ec2-2').parent).toBe('sg-1');
  });

  it('refuses a parent that is not a container', () => {
    const doc = nested();
    expect(addInto(doc, 'ec2', 'waf-1')).toEqual({ doc, id: null });
  });
});

describe('moveInto', () => {
  it('keeps a node drawn inside the container where it is on screen', () => {
    const doc = frozen(
      diagram([
        node('vpc-1', 'vpc', { size: { width: 600, height: 400 } }),
        node('igw-1', 'internet-gateway', { position: { x: 200, y: 200 } }),
      ]),
    );
    const next = moveInto(doc, 'igw-1', 'vpc-1');
    expect(find(next, 'igw-1').parent).toBe('vpc-1');
    expect(absolutePosition(next, 'igw-1')).toEqual({ x: 200, y: 200 });
  });

  it('brings a node from elsewhere to a free spot inside the container', () => {
    const doc = nested();
    const next = moveInto(doc, 'waf-1', 'sub-1');
    expect(find(next, 'waf-1').parent).toBe('sub-1');
    const box = absoluteRect(next, 'sub-1');
    const waf = absoluteRect(next, 'waf-1');
    expect(waf.x).toBeGreaterThanOrEqual(box.x);
    expect(waf.y + waf.height).toBeLessThanOrEqual(box.y + box.height);
  });

  it('moves to top level where the node is on screen, and refuses cycles and no-ops', () => {
    const doc = nested();
    const top = moveInto(doc, 'ec2-1', null);
    expect(find(top, 'ec2-1').parent).toBeUndefined();
    expect(absolutePosition(top, 'ec2-1')).toEqual(absolutePosition(doc, 'ec2-1'));
    expect(moveInto(doc, 'vpc-1', 'sub-1')).toBe(doc);
    expect(moveInto(doc, 'ec2-1', 'sub-1')).toBe(doc);
    expect(moveInto(doc, 'ec2-1', 'waf-1')).toBe(doc);
  });
});

describe('growToHold', () => {
  it('changes nothing when every child already fits', () => {
    const doc = nested();
    expect(growToHold(doc, 'ec2-1')).toBe(doc);
  });
});

describe('parentChoices and ancestorsOf', () => {
  it('offers every other container, where the node belongs first, never itself or its insides', () => {
    const doc = nested();
    expect(parentChoices(doc, 'sub-1')).toEqual({ fits: ['vpc-1'], elsewhere: [null] });
    expect(parentChoices(doc, 'ec2-1')).toEqual({ fits: ['sub-1'], elsewhere: [null, 'vpc-1'] });
    expect(parentChoices(doc, 'waf-1')).toEqual({ fits: [null], elsewhere: ['vpc-1', 'sub-1'] });
    expect(parentChoices(doc, 'gone')).toEqual({ fits: [], elsewhere: [] });
  });

  it('lists the containers around a node, nearest first', () => {
    expect(ancestorsOf(nested(), 'ec2-1').map((n) => n.id)).toEqual(['sub-1', 'vpc-1']);
    expect(ancestorsOf(nested(), 'waf-1')).toEqual([]);
  });
});
