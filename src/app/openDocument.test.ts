import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { startLibrary } from '../library/session';
import { MemoryStorage } from '../store/testStorage';
import { editorStore } from '../store/editorStore';
import { emptyDiagram } from '../domain/document/types';
import { MAX_IMPORT_BYTES } from '../domain/document/limits';
import { looksLikeDiagram, openDocumentText } from './openDocument';

const VALID = JSON.stringify({
  type: 'aws-security-playground',
  version: 1,
  title: 'Opened',
  nodes: [
    { id: 'in', kind: 'internet', position: { x: 0, y: 0 } },
    { id: 'cf', kind: 'cloudfront', position: { x: 200, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'in', target: 'cf' }],
});

describe('openDocumentText', () => {
  beforeEach(() => {
    editorStore.getState().loadInitial(emptyDiagram('Before'));
    for (const n of editorStore.getState().notices) editorStore.getState().dismiss(n.id);
  });

  it('replaces the document as one undo step and asks for a fit', async () => {
    const fit = editorStore.getState().fitRequest;
    expect(await openDocumentText(VALID)).toBe(true);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Opened');
    expect(s.doc.edges[0].kind).toBe('traffic');
    expect(s.past).toHaveLength(1);
    expect(s.fitRequest).toBe(fit + 1);
    s.undo();
    expect(editorStore.getState().doc.title).toBe('Before');
  });

  it('refuses a bad document, keeps the open one and names each problem with its path', async () => {
    const bad =
      '{"type":"aws-security-playground","version":1,"nodes":[{"id":"a","kind":"nope"}],"edges":[]}';
    expect(await openDocumentText(bad, undefined, { source: 'bad.json' })).toBe(false);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Before');
    expect(s.past).toHaveLength(0);
    const notice = s.notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('bad.json');
    expect(notice.detail?.some((line) => line.startsWith('nodes[0].kind'))).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    expect(await openDocumentText(VALID, MAX_IMPORT_BYTES + 1)).toBe(false);
    expect(editorStore.getState().notices.at(-1)?.detail?.[0]).toMatch(/20 MB/);
  });

  it('lists repairs as a warning after opening', async () => {
    const withUnknown = VALID.replace('"title"', '"colour":"red","title"');
    expect(await openDocumentText(withUnknown)).toBe(true);
    const notice = editorStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('warning');
    expect(notice.detail?.some((line) => line.includes('colour'))).toBe(true);
  });
});

describe('looksLikeDiagram', () => {
  it('accepts a whole diagram and nothing else', () => {
    expect(looksLikeDiagram(`  ${VALID}`)).toBe(true);
    expect(looksLikeDiagram('{"nodes":[],"edges":[]}')).toBe(false);
    expect(looksLikeDiagram('{"type":"aws-security-playground"')).toBe(false);
    expect(looksLikeDiagram('hello')).toBe(false);
  });
});

describe('openDocumentText with the diagram library', () => {
  it('opens the document as a new record and leaves the previous one as it was', async () => {
    const tab = await startLibrary(editorStore, { legacy: new MemoryStorage() });
    editorStore.getState().commit((d) => ({ ...d, title: 'Kept' }));
    await tab.flush();
    const before = tab.currentId;

    expect(await openDocumentText(VALID)).toBe(true);
    await tab.flush();
    expect(tab.currentId).not.toBe(before);
    const records = await tab.backend.all();
    expect(records.map((r) => r.title).sort()).toEqual(['Kept', 'Opened']);
    expect(records.find((r) => r.id === before)?.title).toBe('Kept');
  });
});
