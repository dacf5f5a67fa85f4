import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, withSolved } from '../domain/learn/progress';
import type { Topic } from '../domain/learn/topics';
import { readPresetCatalog } from '../presets/catalog';
import { presetJson } from '../presets/testPresets';
import { pathSolved, topicEntries, topicSolved } from './learnModel';

const NODES = [{ id: 's3', kind: 's3', position: { x: 0, y: 0 } }];
const catalog = await readPresetCatalog({
  '/presets/a.json': () => Promise.resolve(presetJson('ref-a', 'reference', NODES)),
  '/presets/b.json': () => Promise.resolve(presetJson('ch-b', 'challenge', NODES)),
  '/presets/c.json': () => Promise.resolve(presetJson('ch-c', 'challenge', NODES)),
});
const { entries } = catalog;

function topic(id: string, presets: string[]): Topic {
  const text = { en: id, ja: id };
  return { id, title: text, summary: text, traps: [], kinds: ['s3'], rules: [], presets };
}

const one = topic('one', ['ch-b', 'missing', 'ref-a']);
const two = topic('two', ['ch-b', 'ch-c']);
const solvedB = withSolved(EMPTY_PROGRESS, 'ch-b', 1, new Date(0));

describe('study path view model', () => {
  it('resolves a topic’s presets in its order and skips unknown ids', () => {
    expect(topicEntries(one, entries).map((e) => e.id)).toEqual(['ch-b', 'ref-a']);
  });

  it('counts only challenges, solved or not', () => {
    expect(topicSolved(one, entries, EMPTY_PROGRESS)).toEqual({ solved: 0, total: 1 });
    expect(topicSolved(one, entries, solvedB)).toEqual({ solved: 1, total: 1 });
    expect(topicSolved(two, entries, solvedB)).toEqual({ solved: 1, total: 2 });
  });

  it('counts a challenge shared by topics once over the path', () => {
    expect(pathSolved([one, two], entries, solvedB)).toEqual({ solved: 1, total: 2 });
    expect(pathSolved([], entries, solvedB)).toEqual({ solved: 0, total: 0 });
  });
});
