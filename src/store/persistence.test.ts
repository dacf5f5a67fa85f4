import { describe, expect, it } from 'vitest';
import { createEditorStore } from './editorStore';
import {
  AUTOSAVE_KEY,
  LANG_KEY,
  MAX_REJECTED,
  REJECTED_PREFIX,
  forgetLegacyAutosave,
  initialLang,
  loadLangChoice,
  readLegacyAutosave,
  saveLangChoice,
} from './persistence';
import { MemoryStorage, sampleDiagram } from './testStorage';

describe('reading the autosave slot of earlier versions', () => {
  it('finds a valid one as it is stored and leaves it until told to forget it', () => {
    const storage = new MemoryStorage();
    const text = JSON.stringify(sampleDiagram());
    storage.setItem(AUTOSAVE_KEY, text);
    const store = createEditorStore();
    const found = readLegacyAutosave(store, storage);
    expect(found).toEqual({ state: 'found', text, doc: sampleDiagram() });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(text);
    expect(store.getState().notices).toHaveLength(0);
    forgetLegacyAutosave(storage);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});

describe('restoring a refused autosave', () => {
  const when = new Date('2030-01-02T03:04:05.000Z');

  it('keeps corrupt JSON aside, tells the user why, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"type": "aws-security-playground", "nodes": [');
    const store = createEditorStore();
    expect(readLegacyAutosave(store, storage, () => when).state).toBe('rejected');

    expect(store.getState().doc.nodes).toHaveLength(0);
    expect(storage.getItem(REJECTED_PREFIX + when.toISOString())).toBe(
      '{"type": "aws-security-playground", "nodes": [',
    );
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    const [notice] = store.getState().notices;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('could not be restored');
    expect(notice.text).toContain(REJECTED_PREFIX + when.toISOString());
    expect(notice.detail?.length).toBeGreaterThan(0);
  });

  it('keeps aside a file made by a newer version, naming the reason in Japanese', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ ...sampleDiagram(), version: 99 });
    storage.setItem(AUTOSAVE_KEY, newer);
    const store = createEditorStore('ja');
    expect(readLegacyAutosave(store, storage, () => when).state).toBe('rejected');
    expect(storage.getItem(REJECTED_PREFIX + when.toISOString())).toBe(newer);
    const [notice] = store.getState().notices;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('自動保存');
    expect(notice.detail?.join('\n')).toMatch(/version/);
    expect(store.getState().doc.nodes).toHaveLength(0);
  });

  it(`keeps at most ${MAX_REJECTED} refused autosaves, dropping the oldest`, () => {
    const storage = new MemoryStorage();
    const old = [
      '2020-01-01T00:00:00.000Z',
      '2021-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
    ];
    for (const t of old) storage.setItem(REJECTED_PREFIX + t, 'old ' + t);
    storage.setItem(AUTOSAVE_KEY, 'not json');
    readLegacyAutosave(createEditorStore(), storage, () => when);
    const kept = [...storage.data.keys()].filter((k) => k.startsWith(REJECTED_PREFIX)).sort();
    expect(kept).toEqual([
      REJECTED_PREFIX + old[1],
      REJECTED_PREFIX + old[2],
      REJECTED_PREFIX + when.toISOString(),
    ]);
  });

  it('leaves the autosave in place when storage cannot take the copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, 'not json');
    storage.full = true;
    const store = createEditorStore();
    expect(readLegacyAutosave(store, storage, () => when).state).toBe('rejected');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('not json');
    expect(store.getState().notices[0].tone).toBe('error');
  });

  it('does nothing when there is no autosave', () => {
    const store = createEditorStore();
    expect(readLegacyAutosave(store, new MemoryStorage()).state).toBe('none');
    expect(store.getState().notices).toHaveLength(0);
  });
});

describe('language choice', () => {
  it('remembers the chosen language and ignores anything else', () => {
    const storage = new MemoryStorage();
    expect(loadLangChoice(storage)).toBeUndefined();
    expect(initialLang(storage, ['ja-JP'])).toBe('ja');
    saveLangChoice('en', storage);
    expect(storage.getItem(LANG_KEY)).toBe('en');
    expect(initialLang(storage, ['ja-JP'])).toBe('en');
    storage.setItem(LANG_KEY, 'fr');
    expect(loadLangChoice(storage)).toBeUndefined();
  });
});
