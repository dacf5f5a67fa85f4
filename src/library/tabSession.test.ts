import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import type { Diagram } from '../domain/document/types';
import { createEditorStore } from '../store/editorStore';
import type { EditorStore } from '../store/editorStore';
import { sampleDiagram } from '../store/testStorage';
import type { LibraryBackend } from './backend';
import { memoryBackend } from './backend';
import { openIdbBackend } from './idbBackend';
import { libraryState } from './libraryState';
import { documentFields } from './records';
import { LibraryTab, TAB_RECORD_KEY } from './tabSession';
import type { TabOptions } from './tabSession';
import { channelHub, quotaError, refusingBackend } from './testLibrary';

/** sessionStorage of one tab. */
function sessionStorageFake(): Pick<Storage, 'getItem' | 'setItem'> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function addKind(store: EditorStore, kind: 'ec2' | 'waf' | 's3' | 'vpc'): void {
  store.getState().commit((d) => addNode(d, { kind, position: { x: 0, y: 0 } }).doc);
}

function kinds(doc: Diagram): string[] {
  return doc.nodes.map((n) => n.kind);
}

/** Lets queued promise work (messages, writes) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
}

async function openTab(options: Partial<TabOptions> & { backend: LibraryBackend }) {
  const store = createEditorStore();
  const tab = new LibraryTab(store, { whenIdle: (save) => save(), ...options });
  await tab.start();
  return { store, tab };
}

/** Tabs A and B on one diagram (a VPC), linked by a channel. */
async function sameDiagramInTwoTabs() {
  const backend = memoryBackend();
  const hub = channelHub();
  const a = await openTab({ backend, channel: hub.channel() });
  addKind(a.store, 'vpc');
  await a.tab.flush();
  const b = await openTab({ backend, channel: hub.channel() });
  return { backend, hub, a, b, shared: a.tab.currentId };
}

/** Both tabs edit; A saves first, so B's save would replace A's newer work. */
async function editBothAtOnce(tabs: Awaited<ReturnType<typeof sameDiagramInTwoTabs>>) {
  addKind(tabs.a.store, 'waf');
  addKind(tabs.b.store, 's3');
  await tabs.a.tab.flush();
  await tabs.b.tab.flush();
  await tabs.hub.settled();
  await settle();
}

async function storedKinds(backend: LibraryBackend, id: string): Promise<string[]> {
  return kinds(JSON.parse((await backend.get(id))!.doc) as Diagram);
}

beforeEach(() => libraryState.setState({ status: 'kept', conflict: null }));

describe('a tab saving its diagram', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest document once after a pause in editing, not on other changes', async () => {
    const spy = refusingBackend(memoryBackend(), quotaError);
    const { store, tab } = await openTab({ backend: spy.backend });
    for (const title of ['a', 'ab', 'abc']) {
      store.getState().commit((d) => ({ ...d, title }));
      vi.advanceTimersByTime(300);
    }
    expect(spy.writes).toBe(0);
    vi.advanceTimersByTime(100);
    await tab.flush();
    expect(spy.writes).toBe(1);
    const [record] = await spy.backend.all();
    expect(record.title).toBe('abc');
    store.getState().setLang('ja');
    vi.advanceTimersByTime(1000);
    await tab.flush();
    expect(spy.writes).toBe(1);
  });

  it('waits for an idle moment and writes the document of that moment', async () => {
    const backend = memoryBackend();
    const idle: (() => void)[] = [];
    const { store, tab } = await openTab({ backend, whenIdle: (save) => idle.push(save) });
    store.getState().commit((d) => ({ ...d, title: 'first' }));
    vi.advanceTimersByTime(400);
    expect(idle).toHaveLength(1);
    expect(await backend.all()).toHaveLength(0);
    store.getState().commit((d) => ({ ...d, title: 'second' }));
    idle.shift()!();
    await tab.flush();
    expect((await backend.all())[0].title).toBe('second');
  });

  it('writes at once when the page is hidden', async () => {
    const backend = memoryBackend();
    const events = new EventTarget();
    const { store } = await openTab({ backend, events: events as unknown as Window });
    store.getState().commit((d) => ({ ...d, title: 'leaving' }));
    events.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await backend.all())[0]?.title).toBe('leaving'));
  });
});

describe('two tabs of one browser', () => {
  it('each keeps its own diagram: a reload of tab B after tab A saved shows diagram 2', async () => {
    const backend = memoryBackend();
    const sessionA = sessionStorageFake();
    const sessionB = sessionStorageFake();
    const a = await openTab({ backend, session: sessionA });
    a.store.getState().commit((d) => ({ ...d, title: 'Diagram one' }));
    await a.tab.flush();

    // A new tab opens the most recent diagram; New moves it to a diagram of its own.
    const b = await openTab({ backend, session: sessionB });
    expect(b.store.getState().doc.title).toBe('Diagram one');
    const fresh = emptyDiagram('Diagram two');
    b.tab.claim(fresh);
    b.store.getState().replaceDoc(fresh);
    addKind(b.store, 's3');
    await b.tab.flush();

    addKind(a.store, 'waf');
    await a.tab.flush();

    const bReloaded = await openTab({ backend, session: sessionB });
    expect(bReloaded.store.getState().doc.title).toBe('Diagram two');
    expect(kinds(bReloaded.store.getState().doc)).toEqual(['s3']);
    const aReloaded = await openTab({ backend, session: sessionA });
    expect(kinds(aReloaded.store.getState().doc)).toEqual(['waf']);
    expect(sessionB.getItem(TAB_RECORD_KEY)).not.toBe(sessionA.getItem(TAB_RECORD_KEY));
    expect(await backend.all()).toHaveLength(2);
  });

  it('on the same diagram, a saved change reaches the other tab', async () => {
    const { hub, a, b, shared } = await sameDiagramInTwoTabs();
    expect(b.tab.currentId).toBe(shared);
    addKind(a.store, 'waf');
    await a.tab.flush();
    await hub.settled();
    await settle();
    expect(kinds(b.store.getState().doc)).toEqual(['vpc', 'waf']);
    expect(libraryState.getState().conflict).toBeNull();
  });

  it('never writes over newer work of another tab: the user keeps theirs as a copy', async () => {
    const tabs = await sameDiagramInTwoTabs();
    const { backend, b, shared } = tabs;
    await editBothAtOnce(tabs);
    expect(libraryState.getState().conflict).toBe(shared);
    expect(await storedKinds(backend, shared)).toEqual(['vpc', 'waf']);
    expect(kinds(b.store.getState().doc)).toEqual(['vpc', 's3']);

    b.tab.keepMineAsCopy((t) => `${t} (copy)`);
    await b.tab.flush();
    expect(libraryState.getState().conflict).toBeNull();
    expect(b.tab.currentId).not.toBe(shared);
    expect((await backend.get(b.tab.currentId))!.title).toBe(' (copy)');
    expect(await storedKinds(backend, b.tab.currentId)).toEqual(['vpc', 's3']);
    expect(await storedKinds(backend, shared)).toEqual(['vpc', 'waf']);
  });

  it('or takes the other tab’s version', async () => {
    const tabs = await sameDiagramInTwoTabs();
    const { backend, b, shared } = tabs;
    await editBothAtOnce(tabs);
    expect(libraryState.getState().conflict).toBe(shared);
    await b.tab.takeTheirs();
    expect(kinds(b.store.getState().doc)).toEqual(['vpc', 'waf']);
    expect(libraryState.getState().conflict).toBeNull();
    // Its next edit is written over the revision it now has.
    addKind(b.store, 'ec2');
    await b.tab.flush();
    expect(await storedKinds(backend, shared)).toEqual(['vpc', 'waf', 'ec2']);
  });
});

describe('opening another diagram', () => {
  it('makes a new record; Undo goes back to the previous diagram and its record', async () => {
    const backend = memoryBackend();
    const { store, tab } = await openTab({ backend });
    addKind(store, 'vpc');
    await tab.flush();
    const first = tab.currentId;

    const opened = sampleDiagram();
    tab.claim(opened);
    store.getState().replaceDoc(opened);
    await tab.flush();
    const second = tab.currentId;
    expect(second).not.toBe(first);
    expect((await backend.get(second))!.title).toBe('Autosave sample');
    expect(await storedKinds(backend, first)).toEqual(['vpc']);

    store.getState().undo();
    expect(tab.currentId).toBe(first);
    store.getState().redo();
    expect(tab.currentId).toBe(second);
    store.getState().undo();
    addKind(store, 'waf');
    await tab.flush();
    expect(await storedKinds(backend, first)).toEqual(['vpc', 'waf']);
    expect((await backend.get(second))!.title).toBe('Autosave sample');
  });

  it('opens a record of the library, and refuses one that cannot be read, keeping it', async () => {
    const backend = memoryBackend();
    await backend.update('broken', 0, () => ({
      id: 'broken',
      ...documentFields(emptyDiagram()),
      title: 'Broken',
      doc: '{"type":"aws-security-playground","version":99}',
      createdAt: 1,
      updatedAt: 1,
    }));
    const good = sampleDiagram();
    await backend.update('good', 0, () => ({
      id: 'good',
      ...documentFields(good),
      createdAt: 0,
      updatedAt: 0,
    }));
    const { store, tab } = await openTab({ backend });
    // The most recent one cannot be read: a new diagram starts, the record stays.
    expect(store.getState().doc.nodes).toHaveLength(0);
    expect(store.getState().notices[0].text).toContain('Broken');
    expect(tab.currentId).not.toBe('broken');
    expect(await tab.openRecord('good')).toBe(true);
    expect(store.getState().doc).toEqual(good);
    expect(await tab.openRecord('broken')).toBe(false);
    expect((await backend.get('broken'))!.doc).toContain('99');
  });
});

describe('when storage refuses to write', () => {
  it('the editor goes on in memory, says so once, and saves again when it can', async () => {
    const spy = refusingBackend(await openIdbBackend(), quotaError);
    const { store, tab } = await openTab({ backend: spy.backend });
    spy.failing = true;
    store.getState().commit((d) => ({ ...d, title: 'one' }));
    await tab.flush();
    store.getState().commit((d) => ({ ...d, title: 'two' }));
    await tab.flush();
    expect(spy.writes).toBe(2);
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].tone).toBe('warning');
    expect(notices[0].text).toContain('storage is full');
    expect(libraryState.getState().status).toBe('failing');
    expect(store.getState().doc.title).toBe('two');

    spy.failing = false;
    store.getState().commit((d) => ({ ...d, title: 'three' }));
    await tab.flush();
    expect((await spy.backend.all())[0].title).toBe('three');
    expect(libraryState.getState().status).toBe('kept');
  });
});
