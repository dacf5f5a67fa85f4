import { describe, expect, it } from 'vitest';
import { loadPresetCatalog, readPresetCatalog } from './catalog';
import { CHALLENGE, REFERENCE, presetJson, sources } from './testPresets';

describe('readPresetCatalog', () => {
  it('imports every file in file-name order with its kinds in palette order', async () => {
    const catalog = await readPresetCatalog(
      sources({ '/presets/b.json': REFERENCE, '/presets/a.json': CHALLENGE }),
    );
    expect(catalog.broken).toEqual([]);
    expect(catalog.entries.map((e) => [e.file, e.id, e.preset.mode])).toEqual([
      ['/presets/a.json', 'gd-in-vpc', 'challenge'],
      ['/presets/b.json', 'static-site', 'reference'],
    ]);
    expect(catalog.entries[0].kinds).toEqual(['vpc', 'guardduty']);
    expect(catalog.entries[1].text).toBe(REFERENCE);
  });

  it('lists apart a file that is refused, has no preset block or repeats an id', async () => {
    const plain = JSON.stringify({
      type: 'aws-security-playground',
      version: 1,
      nodes: [],
      edges: [],
    });
    const catalog = await readPresetCatalog(
      sources({
        '/presets/1.json': REFERENCE,
        '/presets/2.json': '{ not json',
        '/presets/3.json': plain,
        '/presets/4.json': presetJson('static-site', 'challenge', []),
      }),
    );
    expect(catalog.entries.map((e) => e.file)).toEqual(['/presets/1.json']);
    expect(
      catalog.broken.map((b) => [b.file, typeof b.errors === 'string' ? b.errors : 'import']),
    ).toEqual([
      ['/presets/2.json', 'import'],
      ['/presets/3.json', 'no-preset'],
      ['/presets/4.json', 'duplicate-id'],
    ]);
  });
});

describe('the built-in presets (presets/*.json)', () => {
  it('all load, with unique ids, and offer both modes', async () => {
    const catalog = await loadPresetCatalog();
    expect(catalog.broken).toEqual([]);
    expect(catalog.entries.length).toBeGreaterThan(0);
    const modes = new Set(catalog.entries.map((e) => e.preset.mode));
    expect(modes).toEqual(new Set(['reference', 'challenge']));
    // Same promise: the files are read once per session.
    expect(await loadPresetCatalog()).toBe(catalog);
  });
});
