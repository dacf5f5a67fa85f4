import { describe, expect, it } from 'vitest';
import type { NodeProps } from '@xyflow/react';
import { samePropsIgnoringPosition } from './ignorePosition';

const props = {
  id: 'ec2',
  type: 'leaf',
  data: { kind: 'ec2', sides: 2 },
  selected: false,
  dragging: false,
  positionAbsoluteX: 10,
  positionAbsoluteY: 20,
  width: 96,
  height: 84,
} as unknown as NodeProps;

describe('samePropsIgnoringPosition', () => {
  it('treats a node that only moved as unchanged', () => {
    expect(
      samePropsIgnoringPosition(props, { ...props, positionAbsoluteX: 500, positionAbsoluteY: 7 }),
    ).toBe(true);
  });

  it('sees every other change', () => {
    expect(samePropsIgnoringPosition(props, { ...props, selected: true })).toBe(false);
    expect(samePropsIgnoringPosition(props, { ...props, data: { ...props.data } })).toBe(false);
    expect(samePropsIgnoringPosition(props, { ...props, width: 120 })).toBe(false);
    expect(samePropsIgnoringPosition(props, { ...props, parentId: 'sn' })).toBe(false);
  });
});
