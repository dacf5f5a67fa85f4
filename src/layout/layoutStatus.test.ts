import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutStatus, trackLayout } from './layoutStatus';

describe('trackLayout', () => {
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  function drawFrame() {
    const due = frames.splice(0);
    for (const callback of due) callback(performance.now());
  }

  it('starts the work only once the frame showing the indicator has been drawn', async () => {
    const work = vi.fn(() => Promise.resolve('positions'));
    const result = trackLayout(work);
    expect(layoutStatus.getState().running).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(work).not.toHaveBeenCalled(); // no frame drawn yet
    drawFrame();
    expect(work).not.toHaveBeenCalled(); // the frame is being drawn now
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledOnce();
    await expect(result).resolves.toBe('positions');
    expect(layoutStatus.getState().running).toBe(0);
  });

  it('starts the work anyway when no frame comes (a hidden tab)', async () => {
    const work = vi.fn(() => Promise.resolve(1));
    const result = trackLayout(work);
    await vi.advanceTimersByTimeAsync(99);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledOnce();
    await expect(result).resolves.toBe(1);
    drawFrame(); // a late frame starts nothing twice
    await vi.advanceTimersByTimeAsync(10);
    expect(work).toHaveBeenCalledOnce();
  });

  it('hides the indicator when the work fails', async () => {
    const result = trackLayout(() => Promise.reject(new Error('ELK failed')));
    const settled = expect(result).rejects.toThrow('ELK failed');
    drawFrame();
    await vi.advanceTimersByTimeAsync(0);
    await settled;
    expect(layoutStatus.getState().running).toBe(0);
  });
});
