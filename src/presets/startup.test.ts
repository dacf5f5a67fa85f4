import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import { loadPresetCatalog } from './catalog';
import { openPresetFromUrl } from './startup';

describe('openPresetFromUrl', () => {
  const replaceState = vi.fn();
  beforeEach(() => {
    replaceState.mockReset();
    vi.stubGlobal('window', { history: { state: null, replaceState }, confirm: () => false });
    editorStore.getState().loadInitial(emptyDiagram('Restored'));
    for (const n of editorStore.getState().notices) editorStore.getState().dismiss(n.id);
  });
  afterEach(() => vi.unstubAllGlobals());

  const at = (href: string) => ({ href }) as Location;

  it('does nothing without the parameter', async () => {
    await openPresetFromUrl(at('http://x/app/?lang=en'));
    expect(replaceState).not.toHaveBeenCalled();
    expect(editorStore.getState().doc.title).toBe('Restored');
  });

  it('opens the preset over restored work without asking, keeps that work one undo away and drops the parameter', async () => {
    const [first] = (await loadPresetCatalog()).entries;
    editorStore.getState().commit((d) => addNode(d, { kind: 'ec2', position: { x: 0, y: 0 } }).doc);
    await openPresetFromUrl(at(`http://x/app/?preset=${first.id}&x=1`));
    const s = editorStore.getState();
    expect(s.doc.preset?.id).toBe(first.id);
    expect(String(replaceState.mock.calls[0][2])).toBe('http://x/app/?x=1');
    expect(s.notices.map((n) => n.tone)).toEqual(['info']);
    s.undo();
    expect(editorStore.getState().doc.title).toBe('Restored');
  });

  it('names an unknown id in a warning and leaves the diagram', async () => {
    await openPresetFromUrl(at('http://x/?preset=no-such-preset'));
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Restored');
    expect(s.past).toHaveLength(0);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].tone).toBe('warning');
    expect(s.notices[0].text).toContain('"no-such-preset"');
  });
});
