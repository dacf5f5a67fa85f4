import { describe, expect, it } from 'vitest';
import { KINDS } from '../domain/kinds/catalogue';
import { readPresetCatalog } from './catalog';
import { NO_FILTER, matchesFilter, presetFacets } from './filters';
import { CHALLENGE, REFERENCE, sources } from './testPresets';

async function entries() {
  return (await readPresetCatalog(sources({ '/a.json': CHALLENGE, '/b.json': REFERENCE }))).entries;
}

describe('preset filters', () => {
  it('match by exam tag, mode and kind; every filter at once must hold', async () => {
    const list = await entries();
    const ids = (f: typeof NO_FILTER) => list.filter((e) => matchesFilter(e, f)).map((e) => e.id);
    expect(ids(NO_FILTER)).toEqual(['gd-in-vpc', 'static-site']);
    expect(ids({ ...NO_FILTER, exam: 'SCS' })).toEqual(['gd-in-vpc']);
    expect(ids({ ...NO_FILTER, mode: 'reference' })).toEqual(['static-site']);
    expect(ids({ ...NO_FILTER, kind: 'cloudfront' })).toEqual(['static-site']);
    expect(ids({ exam: 'SCS', mode: 'reference', kind: null })).toEqual([]);
  });

  it('offer only the exam tags and kinds some preset uses', async () => {
    const facets = presetFacets(
      await entries(),
      KINDS.map((k) => k.id),
    );
    expect(facets.exams).toEqual(['SAA', 'SCS']);
    expect(new Set(facets.kinds)).toEqual(new Set(['vpc', 'guardduty', 'waf', 'cloudfront']));
    // Palette order: containers come first.
    expect(facets.kinds[0]).toBe('vpc');
  });
});
