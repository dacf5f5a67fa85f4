import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { accepted } from '../domain/document/importTesting';
import { encodeShareFragment } from '../domain/document/shareLink';
import { emptyDiagram } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import { openShareLinkFromUrl } from './openShareLink';

const preset = accepted(
  importDiagram(
    readFileSync(new URL('../../presets/cloudfront-waf-alb.json', import.meta.url), 'utf8'),
  ),
).doc;

describe('openShareLinkFromUrl', () => {
  const replaceState = vi.fn();
  beforeEach(() => {
    replaceState.mockReset();
    vi.stubGlobal('window', { history: { state: null, replaceState }, confirm: () => false });
    editorStore.getState().loadInitial(emptyDiagram('Mine'));
    for (const n of editorStore.getState().notices) editorStore.getState().dismiss(n.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  const at = (href: string) => ({ href }) as Location;

  it('leaves an address without a share fragment alone', async () => {
    expect(await openShareLinkFromUrl(at('http://x/app/?lang=ja#notes'))).toBe(false);
    expect(replaceState).not.toHaveBeenCalled();
    expect(editorStore.getState().doc.title).toBe('Mine');
  });

  it('opens the diagram of the link and removes the fragment from the address', async () => {
    const href = `http://x/app/?lang=ja#${encodeShareFragment(preset)}`;
    expect(await openShareLinkFromUrl(at(href))).toBe(true);
    expect(String(replaceState.mock.calls[0][2])).toBe('http://x/app/?lang=ja');
    expect(editorStore.getState().doc).toEqual(preset);
  });

  it('refuses a damaged link with a notice naming the problem, keeping the open diagram', async () => {
    const good = encodeShareFragment(preset);
    // Cut at whole base64 quads: the base64 stays valid, the compressed stream is cut short.
    const head = 'd1='.length;
    const href = `http://x/#${good.slice(0, head + 4 * Math.floor((good.length - head) / 8))}`;
    expect(await openShareLinkFromUrl(at(href))).toBe(false);
    expect(replaceState).toHaveBeenCalledOnce();
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Mine');
    expect(s.notices.map((n) => [n.tone, n.text])).toEqual([
      ['error', 'The shared link cannot be opened; the open diagram is unchanged.'],
    ]);
    expect(s.notices[0].detail?.[0]).toMatch(/compressed diagram in the link is damaged/);
  });
});
