import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import type { PresetEntry } from './catalog';
import { readPresetCatalog } from './catalog';
import { openPreset } from './openPreset';
import { hasUnsavedWork } from '../store/unsavedWork';
import { CHALLENGE, REFERENCE, sources } from './testPresets';

async function entries(): Promise<PresetEntry[]> {
  return (
    await readPresetCatalog(sources({ '/presets/a.json': CHALLENGE, '/presets/b.json': REFERENCE }))
  ).entries;
}

describe('openPreset', () => {
  const confirm = vi.fn<(message: string) => boolean>();
  beforeEach(() => {
    confirm.mockReset();
    vi.stubGlobal('window', { confirm });
    editorStore.getState().loadInitial(emptyDiagram('Mine'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens over an empty diagram without asking, as one undo step', async () => {
    const [challenge] = await entries();
    expect(await openPreset(challenge)).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(editorStore.getState().doc.preset?.id).toBe('gd-in-vpc');
    editorStore.getState().undo();
    expect(editorStore.getState().doc.title).toBe('Mine');
  });

  it('asks before replacing work; a refusal keeps the diagram', async () => {
    const [challenge, reference] = await entries();
    editorStore.getState().commit((d) => addNode(d, { kind: 'ec2', position: { x: 0, y: 0 } }).doc);
    expect(hasUnsavedWork()).toBe(true);
    confirm.mockReturnValue(false);
    expect(await openPreset(challenge)).toBe(false);
    expect(editorStore.getState().doc.title).toBe('Mine');

    confirm.mockReturnValue(true);
    expect(await openPreset(reference)).toBe(true);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(editorStore.getState().doc.preset?.id).toBe('static-site');
  });

  it('replaces an untouched preset without asking, but asks once it was edited', async () => {
    const [challenge, reference] = await entries();
    await openPreset(reference);
    expect(hasUnsavedWork()).toBe(false);
    await openPreset(challenge);
    expect(confirm).not.toHaveBeenCalled();

    editorStore
      .getState()
      .commit((d) => addNode(d, { kind: 'ec2', position: { x: 0, y: 500 } }).doc);
    confirm.mockReturnValue(true);
    await openPreset(reference);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('never asks when told not to (the ?preset= start-up)', async () => {
    const [challenge] = await entries();
    editorStore.getState().commit((d) => addNode(d, { kind: 'ec2', position: { x: 0, y: 0 } }).doc);
    expect(await openPreset(challenge, { confirmReplace: false })).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('shows the labels of the app language when the preset gives them', async () => {
    const labelled = JSON.parse(REFERENCE) as { nodes: { label?: string }[]; preset: object };
    labelled.nodes[0].label = 'Edge web ACL';
    labelled.preset = {
      ...labelled.preset,
      labels: { waf: { en: 'Edge web ACL', ja: 'エッジの Web ACL' } },
    };
    const [entry] = (
      await readPresetCatalog(sources({ '/presets/b.json': JSON.stringify(labelled) }))
    ).entries;
    const labelOf = (id: string) =>
      editorStore.getState().doc.nodes.find((n) => n.id === id)?.label;
    const lang = editorStore.getState().lang;
    try {
      editorStore.getState().setLang('ja');
      await openPreset(entry);
      expect(labelOf('waf')).toBe('エッジの Web ACL');
      expect(labelOf('cf')).toBeUndefined();
      expect(hasUnsavedWork()).toBe(false);
      editorStore.getState().setLang('en');
      await openPreset(entry);
      expect(labelOf('waf')).toBe('Edge web ACL');
    } finally {
      editorStore.getState().setLang(lang);
    }
  });
});
