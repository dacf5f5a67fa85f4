import { describe, expect, it } from 'vitest';
import { EXPORT_PADDING, MAX_CANVAS_SIDE, fittedScale, imageFrame } from './imageFrame';

describe('imageFrame', () => {
  it('frames the whole diagram with the padding, in whole pixels', () => {
    expect(imageFrame({ x: -40, y: 10, width: 300.2, height: 99 })).toEqual({
      width: 301 + 2 * EXPORT_PADDING,
      height: 99 + 2 * EXPORT_PADDING,
      offset: { x: EXPORT_PADDING + 40, y: EXPORT_PADDING - 10 },
    });
  });
});

describe('fittedScale', () => {
  it('keeps the scale asked for while the image fits the canvas limit', () => {
    expect(fittedScale(1200, 800, 2)).toBe(2);
    expect(fittedScale(MAX_CANVAS_SIDE, 10, 1)).toBe(1);
  });

  it('lowers the scale so that the longer side fits the canvas limit', () => {
    const scale = fittedScale(10_000, 3_000, 2);
    expect(scale).toBeLessThan(2);
    expect(10_000 * scale).toBeCloseTo(MAX_CANVAS_SIDE, 6);
    expect(fittedScale(3_000, 20_000, 1) * 20_000).toBeCloseTo(MAX_CANVAS_SIDE, 6);
  });
});
