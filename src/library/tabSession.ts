/**
 * One tab's work on the library. The tab is on one record (its id in sessionStorage, so
 * a reload stays on it); every document change is written to that record (debounced,
 * when idle, and at once when the page is hidden). Opening a diagram (New, Open, a
 * dropped or pasted file, a link, a preset, a record of My diagrams) moves the tab to
 * another record as one undo step: every document remembers the record it belongs to,
 * so Undo brings the previous diagram back and further edits go to its record again.
 *
 * A write is a compare-and-set on the record's revision: a tab never writes over a
 * revision it has not seen. Another tab's save arrives on a BroadcastChannel; with
 * nothing unsaved here it is taken over, otherwise the user chooses (libraryState
 * `conflict`: keep mine as a copy, or take the other tab's version).
 */
import { exportDiagram } from '../domain/document/export';
import { importDiagram } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import type { Diagram } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { pick, translate } from '../i18n';
import type { MessageKey } from '../i18n';
import type { EditorStore } from '../store/editorStore';
import type { LibraryBackend } from './backend';
import type { DiagramRecord } from './records';
import { documentFields, newRecordId } from './records';
import type { StorageStatus } from './libraryState';
import { libraryState, recordsChanged } from './libraryState';

/** sessionStorage key of the tab's record id: per tab, kept across reloads. */
export const TAB_RECORD_KEY = 'asp.library.tab';
export const CHANNEL_NAME = 'asp-library';
export const SAVE_DELAY_MS = 400;

export type LibraryMessage =
  | { type: 'saved'; id: string; rev: number }
  | { type: 'trashed'; id: string }
  | { type: 'changed' };

/** The part of BroadcastChannel used here (tests pass a pair of linked fakes). */
export interface Channel {
  postMessage(message: LibraryMessage): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<LibraryMessage>) => void): void;
}

export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;
export type PageEvents = Pick<Window, 'addEventListener'>;

export interface TabOptions {
  backend: LibraryBackend;
  session?: TabStorage;
  channel?: Channel;
  events?: PageEvents;
  delayMs?: number;
  /** Runs a save when the page has nothing else to do (tests pass their own). */
  whenIdle?: (save: () => void) => void;
  now?: () => number;
}

/** What the tab last wrote to (or read from) a record. `doc` undefined: not written yet. */
interface Known {
  rev: number;
  doc: Diagram | undefined;
}

/**
 * Serialising and storing 500 nodes takes tens of milliseconds; in the browser it waits
 * for an idle moment (at most two seconds), so that it never lands in the middle of a
 * layout being drawn or a drag.
 */
function browserIdle(save: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 2000 });
  else save();
}

function isQuotaError(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'QuotaExceededError';
}

export class LibraryTab {
  readonly backend: LibraryBackend;
  private readonly store: EditorStore;
  private readonly session?: TabStorage;
  private readonly channel?: Channel;
  private readonly events?: PageEvents;
  private readonly delay: number;
  private readonly whenIdle: (save: () => void) => void;
  private readonly now: () => number;

  /** The record every document belongs to (documents are immutable, so identity works). */
  private readonly homes = new WeakMap<Diagram, string>();
  private readonly known = new Map<string, Known>();
  private writes: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  currentId = '';

  constructor(store: EditorStore, options: TabOptions) {
    this.store = store;
    this.backend = options.backend;
    this.session = options.session;
    this.channel = options.channel;
    this.events = options.events;
    this.delay = options.delayMs ?? SAVE_DELAY_MS;
    this.whenIdle = options.whenIdle ?? browserIdle;
    this.now = options.now ?? Date.now;
  }

  /** Puts the tab's diagram in the editor (see pickRecord), then follows every change. */
  async start(): Promise<void> {
    const records = await this.backend.all();
    const record = this.pickRecord(records);
    const doc = record ? this.readRecord(record, 'start') : undefined;
    if (record && doc) {
      this.homes.set(doc, record.id);
      this.known.set(record.id, { rev: record.rev, doc });
      this.store.getState().loadInitial(doc);
      this.moveTo(record.id);
    } else {
      // Nothing to restore: the empty diagram becomes a record with its first change.
      const id = newRecordId();
      const { doc: empty } = this.store.getState();
      this.homes.set(empty, id);
      this.known.set(id, { rev: 0, doc: empty });
      this.moveTo(id);
    }
    this.listen();
  }

  /**
   * The tab's own record (a reload), else the diagram changed last (a new tab, a new
   * start). A record in the trash is not reopened.
   */
  private pickRecord(records: readonly DiagramRecord[]): DiagramRecord | undefined {
    const visible = records.filter((r) => r.deletedAt === undefined);
    let own: string | null = null;
    try {
      own = this.session?.getItem(TAB_RECORD_KEY) ?? null;
    } catch {
      // No sessionStorage: the tab starts on the most recent diagram.
    }
    return (
      visible.find((r) => r.id === own) ??
      visible.reduce<DiagramRecord | undefined>(
        (best, r) => (best === undefined || r.updatedAt > best.updatedAt ? r : best),
        undefined,
      )
    );
  }

  /** The record's document through the one import path; a refusal is told, the record kept. */
  private readRecord(record: DiagramRecord, why: 'start' | 'open'): Diagram | undefined {
    const { lang, notify } = this.store.getState();
    const result = importDiagram(record.doc);
    const lines = (issues: readonly ImportIssue[]) => issues.map((i) => pick(lang, i.message));
    if (!result.ok) {
      notify({
        tone: 'error',
        text: translate(lang, why === 'start' ? 'library.startRefused' : 'library.openRefused', {
          title: record.title || translate(lang, 'io.untitled'),
        }),
        detail: lines(result.errors),
      });
      return undefined;
    }
    if (result.warnings.length > 0)
      notify({
        tone: 'info',
        text: translate(lang, 'io.autosave.restoredWithRepairs'),
        detail: lines(result.warnings),
      });
    return result.doc;
  }

  private listen(): void {
    // For the life of the page: the tab never stops following its editor.
    this.store.subscribe((state, prev) => {
      if (state.doc !== prev.doc) this.onDocChange(state.doc, prev.doc);
    });
    const flush = () => void this.flush();
    this.events?.addEventListener('pagehide', flush);
    const onMessage = (e: MessageEvent<LibraryMessage>) => void this.onMessage(e.data);
    this.channel?.addEventListener('message', onMessage);
  }

  private onDocChange(doc: Diagram, prev: Diagram): void {
    const home = this.homes.get(doc);
    if (home === undefined || home === this.currentId) {
      // An edit (or undo within the diagram): it belongs to the diagram it was made in.
      this.homes.set(doc, this.currentId);
      this.schedule();
      return;
    }
    // Another diagram: the one opened, or the one Undo went back to. The one left keeps
    // its last state; the one arrived at is written at once when it is new.
    this.write(this.currentId, prev);
    this.moveTo(home);
    this.write(home, doc);
  }

  private moveTo(id: string): void {
    this.currentId = id;
    try {
      this.session?.setItem(TAB_RECORD_KEY, id);
    } catch {
      // Without sessionStorage a reload opens the most recent diagram instead.
    }
    const { conflict } = libraryState.getState();
    if (conflict !== null && conflict !== id) libraryState.setState({ conflict: null });
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.whenIdle(() => void this.flush());
    }, this.delay);
  }

  /** Writes the open diagram now if it changed; resolves when every write is done. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.write(this.currentId, this.store.getState().doc);
    return this.writes;
  }

  /** Marks `doc` as the first state of a new record; the tab moves there when it opens. */
  claim(doc: Diagram): string {
    const id = newRecordId();
    this.homes.set(doc, id);
    this.known.set(id, { rev: 0, doc: undefined });
    return id;
  }

  /** Queues a write of `doc` to record `id`, unless that is what the record holds. */
  private write(id: string, doc: Diagram): void {
    this.writes = this.writes.then(() => this.writeNow(id, doc));
  }

  private async writeNow(id: string, doc: Diagram): Promise<void> {
    const base = this.known.get(id) ?? { rev: 0, doc: undefined };
    if (base.doc === doc) return;
    const now = this.now();
    const fields = documentFields(doc, exportDiagram(doc));
    try {
      const result = await this.backend.update(id, base.rev, (current) => ({
        ...current,
        id,
        ...fields,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      }));
      if (!result.ok) {
        // Another tab wrote first: nothing is replaced; the user chooses.
        if (id === this.currentId) libraryState.setState({ conflict: id });
        return;
      }
      this.known.set(id, { rev: result.record.rev, doc });
      this.setStatus(this.backend.kind === 'memory' ? 'memory' : 'kept');
      this.channel?.postMessage({ type: 'saved', id, rev: result.record.rev });
      recordsChanged();
    } catch (err) {
      this.failed(err);
    }
  }

  private setStatus(status: StorageStatus): void {
    if (libraryState.getState().status !== status) libraryState.setState({ status });
  }

  /** Says once, per run of failures, that work is not being kept; the editor goes on. */
  private failed(err: unknown): void {
    if (libraryState.getState().status === 'failing') return;
    this.setStatus('failing');
    const { lang, notify } = this.store.getState();
    const reason = isQuotaError(err)
      ? translate(lang, 'library.notKept.quota')
      : err instanceof Error
        ? err.message
        : String(err);
    notify({ tone: 'warning', text: translate(lang, 'library.notKept.failing', { reason }) });
  }

  private async onMessage(message: LibraryMessage): Promise<void> {
    recordsChanged();
    if (message.type === 'trashed' && message.id === this.currentId)
      this.tell('info', 'library.trashedElsewhere');
    if (message.type !== 'saved' || message.id !== this.currentId) return;
    const mine = this.known.get(message.id);
    if (mine && mine.rev >= message.rev) return;
    const { doc } = this.store.getState();
    if (mine?.doc === doc && this.timer === undefined) await this.takeTheirs();
    else libraryState.setState({ conflict: message.id });
  }

  private tell(tone: 'info' | 'warning', key: MessageKey): void {
    const { lang, notify } = this.store.getState();
    notify({ tone, text: translate(lang, key) });
  }

  /** Replaces the open diagram by what its record holds now (another tab's save). */
  async takeTheirs(): Promise<void> {
    const id = this.currentId;
    const record = await this.backend.get(id);
    const doc = record && this.readRecord(record, 'open');
    if (!record || !doc) return;
    this.homes.set(doc, id);
    this.known.set(id, { rev: record.rev, doc });
    // Without history: undo must not walk back over the other tab's work.
    this.store.getState().loadInitial(doc);
    libraryState.setState({ conflict: null });
  }

  /** Keeps this tab's version of a conflicting diagram as a new record, and stays on it. */
  keepMineAsCopy(copyTitle: (title: string) => string): void {
    const { doc } = this.store.getState();
    const copy = { ...doc, title: copyTitle(doc.title ?? '') };
    this.claim(copy);
    libraryState.setState({ conflict: null });
    this.store.getState().commit(() => copy);
  }

  /** Opens a record of My diagrams as one undo step. Resolves to false when it cannot. */
  async openRecord(id: string): Promise<boolean> {
    if (id === this.currentId) return true;
    const record = await this.backend.get(id);
    if (!record || record.deletedAt !== undefined) return false;
    const doc = this.readRecord(record, 'open');
    if (!doc) return false;
    this.homes.set(doc, id);
    this.known.set(id, { rev: record.rev, doc });
    this.store.getState().replaceDoc(doc);
    return true;
  }

  /** Moves the open diagram away to a new, empty one (after it went to the trash). */
  startEmpty(): void {
    const doc = emptyDiagram();
    const id = this.claim(doc);
    this.known.set(id, { rev: 0, doc });
    this.store.getState().loadInitial(doc);
  }

  broadcast(message: LibraryMessage): void {
    this.channel?.postMessage(message);
    recordsChanged();
  }
}
