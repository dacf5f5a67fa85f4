import { describe, expect, it } from 'vitest';
import { centredOn, overviewFrame, toFlow, toMap, visibleRect } from './overviewFrame';

describe('overviewFrame', () => {
  const content = { x: 100, y: -50, width: 1900, height: 400 };
  const frame = overviewFrame(content, 200, 150);

  it('fits the content inside the map with a margin, centred', () => {
    const topLeft = toMap(frame, { x: content.x, y: content.y });
    const bottomRight = toMap(frame, {
      x: content.x + content.width,
      y: content.y + content.height,
    });
    expect(topLeft.x).toBeCloseTo(5);
    expect(bottomRight.x).toBeCloseTo(195);
    expect(topLeft.y).toBeGreaterThanOrEqual(5);
    expect(bottomRight.y).toBeLessThanOrEqual(145);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(75);
  });

  it('maps map pixels back to the same flow points', () => {
    const p = { x: 731, y: 12 };
    const back = toFlow(frame, toMap(frame, p));
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
  });

  it('keeps a usable scale for empty or degenerate content', () => {
    expect(overviewFrame({ x: 3, y: 4, width: 0, height: 0 }, 200, 150).scale).toBe(1);
  });
});

describe('visibleRect and centredOn', () => {
  it('agree: centring on a point puts it in the middle of the visible rect', () => {
    const viewport = centredOn({ x: 400, y: 300 }, 0.5, 1000, 800);
    const seen = visibleRect([viewport.x, viewport.y, viewport.zoom], 1000, 800);
    expect(seen.x + seen.width / 2).toBeCloseTo(400);
    expect(seen.y + seen.height / 2).toBeCloseTo(300);
    expect(seen.width).toBeCloseTo(2000);
  });
});
