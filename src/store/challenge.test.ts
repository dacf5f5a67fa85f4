import { beforeEach, describe, expect, it } from 'vitest';
import { challengeStore, findingsHidden } from './challenge';

const hint = (key: string) => ({ key, message: { en: key, ja: key }, nodes: ['n'] });

describe('challengeStore', () => {
  beforeEach(() => challengeStore.getState().leave());

  it('hides findings from start until check, and not outside a challenge', () => {
    expect(findingsHidden(challengeStore.getState())).toBe(false);
    challengeStore.getState().start('p');
    expect(findingsHidden(challengeStore.getState())).toBe(true);
    challengeStore.getState().check();
    expect(findingsHidden(challengeStore.getState())).toBe(false);
  });

  it('reveals each hint once, counts them, and forgets them on start and leave', () => {
    const s = () => challengeStore.getState();
    s().hint(hint('outside'));
    expect(s().revealed).toEqual([]);
    s().start('p');
    s().hint(hint('a'));
    s().hint(hint('a'));
    s().hint(hint('b'));
    expect(s().revealed.map((r) => r.key)).toEqual(['a', 'b']);
    expect(s().hints).toBe(2);
    s().start('p');
    expect(s()).toMatchObject({ hints: 0, revealed: [], checked: false });
    s().hint(hint('c'));
    s().leave();
    expect(s()).toMatchObject({ presetId: null, hints: 0, revealed: [] });
  });
});
