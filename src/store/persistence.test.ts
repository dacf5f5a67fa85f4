import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagram } from '../domain/document/types';
import { defaultProps } from '../domain/kinds/catalogue';
import { createEditorStore } from './editorStore';
import {
  AUTOSAVE_KEY,
  LANG_KEY,
  MAX_REJECTED,
  REJECTED_PREFIX,
  initialLang,
  loadLangChoice,
  restoreAutosave,
  saveLangChoice,
  startAutosave,
} from './persistence';
import type { KeyValueStorage } from './persistence';

/** The DOM Storage contract over a Map; `full` makes every write fail like a full quota. */
class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  full = false;
  writes = 0;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

function sampleDiagram(): Diagram {
  return {
    type: 'aws-security-playground',
    version: 1,
    title: 'Autosave sample',
    nodes: [
      {
        id: 'vpc-1',
        kind: 'vpc',
        label: 'Main VPC',
        position: { x: 0, y: 0 },
        size: { width: 500, height: 320 },
        props: defaultProps('vpc'),
      },
      {
        id: 'sub-a',
        kind: 'subnet',
        parent: 'vpc-1',
        position: { x: 20, y: 40 },
        size: { width: 300, height: 200 },
        props: { ...defaultProps('subnet'), tier: 'public', cidr: '10.0.1.0/24' },
      },
      {
        id: 'alb-1',
        kind: 'alb',
        parent: 'sub-a',
        position: { x: 30, y: 50 },
        props: { ...defaultProps('alb'), subnets: ['sub-a'] },
      },
      { id: 'waf-1', kind: 'waf', position: { x: 600, y: 40 }, props: defaultProps('waf') },
    ],
    edges: [
      { id: 'e1', source: 'waf-1', target: 'alb-1', kind: 'protects' },
      {
        id: 'e2',
        source: 'waf-1',
        target: 'alb-1',
        kind: 'traffic',
        props: { port: 443, protocol: 'tcp' },
      },
    ],
  };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('restores exactly the diagram it saved', () => {
    const storage = new MemoryStorage();
    const first = createEditorStore();
    const stop = startAutosave(first, { storage });
    const doc = sampleDiagram();
    first.getState().commit(() => doc);
    vi.advanceTimersByTime(400);
    stop();
    expect(storage.getItem(AUTOSAVE_KEY)).not.toBeNull();

    const second = createEditorStore();
    expect(restoreAutosave(second, storage)).toBe('restored');
    expect(second.getState().doc).toEqual(doc);
    // A restore is not an undoable step.
    expect(second.getState().past).toHaveLength(0);
    expect(second.getState().notices).toHaveLength(0);
  });

  it('waits for a pause in editing and saves once, the latest document', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore();
    startAutosave(store, { storage, delayMs: 400 });
    for (const title of ['a', 'ab', 'abc']) {
      store.getState().commit((d) => ({ ...d, title }));
      vi.advanceTimersByTime(300);
    }
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(100);
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).title).toBe('abc');
    // Selection and language changes are not document changes.
    store.getState().setLang('ja');
    vi.advanceTimersByTime(1000);
    expect(storage.writes).toBe(1);
  });

  it('saves when the page is idle, the document of that moment', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore();
    const idle: (() => void)[] = [];
    startAutosave(store, { storage, delayMs: 400, whenIdle: (save) => idle.push(save) });
    store.getState().commit((d) => ({ ...d, title: 'first' }));
    vi.advanceTimersByTime(400);
    expect(idle).toHaveLength(1);
    expect(storage.writes).toBe(0);
    store.getState().commit((d) => ({ ...d, title: 'second' }));
    idle.shift()!();
    expect(storage.writes).toBe(1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).title).toBe('second');
    // that save took the second change too: its own wait is over
    vi.advanceTimersByTime(400);
    expect(idle).toHaveLength(0);
    expect(storage.writes).toBe(1);
  });

  it('saves at once when the page is hidden', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createEditorStore();
    startAutosave(store, { storage, events: events as unknown as Window });
    store.getState().commit((d) => ({ ...d, title: 'leaving' }));
    events.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).title).toBe('leaving');
  });

  it('warns once when storage is full and keeps working', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const store = createEditorStore();
    startAutosave(store, { storage });
    store.getState().commit((d) => ({ ...d, title: 'one' }));
    vi.advanceTimersByTime(400);
    store.getState().commit((d) => ({ ...d, title: 'two' }));
    vi.advanceTimersByTime(400);
    expect(storage.writes).toBe(2);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].tone).toBe('warning');
    expect(store.getState().doc.title).toBe('two');

    storage.full = false;
    store.getState().commit((d) => ({ ...d, title: 'three' }));
    vi.advanceTimersByTime(400);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY)!).title).toBe('three');
  });
});

describe('restoring a refused autosave', () => {
  const when = new Date('2030-01-02T03:04:05.000Z');

  it('keeps corrupt JSON aside, tells the user why, and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"type": "aws-security-playground", "nodes": [');
    const store = createEditorStore();
    expect(restoreAutosave(store, storage, () => when)).toBe('rejected');

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
    expect(restoreAutosave(store, storage, () => when)).toBe('rejected');
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
    restoreAutosave(createEditorStore(), storage, () => when);
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
    expect(restoreAutosave(store, storage, () => when)).toBe('rejected');
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('not json');
    expect(store.getState().notices[0].tone).toBe('error');
  });

  it('restores a repairable autosave and says what was repaired', () => {
    const storage = new MemoryStorage();
    const doc = sampleDiagram();
    const withUnknownProp = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.id === 'waf-1' ? { ...n, props: { ...n.props, colour: 'red' } } : n,
      ),
    };
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(withUnknownProp));
    const store = createEditorStore();
    expect(restoreAutosave(store, storage)).toBe('restored');
    expect(store.getState().doc).toEqual(doc);
    const [notice] = store.getState().notices;
    expect(notice.tone).toBe('info');
    expect(notice.detail?.join('\n')).toContain('nodes[3].props');
  });

  it('does nothing when there is no autosave', () => {
    const store = createEditorStore();
    expect(restoreAutosave(store, new MemoryStorage())).toBe('none');
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
