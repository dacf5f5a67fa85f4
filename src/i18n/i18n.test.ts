import { describe, expect, it } from 'vitest';
import { messages, preferredLang, translate } from './index';

describe('i18n', () => {
  it('has every key in both English and Japanese, none empty', () => {
    const en = Object.keys(messages.en).sort();
    const ja = Object.keys(messages.ja).sort();
    expect(ja).toEqual(en);
    for (const lang of ['en', 'ja'] as const)
      for (const [k, v] of Object.entries(messages[lang]))
        expect(v.trim(), `${lang}:${k}`).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    for (const k of Object.keys(messages.en)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(messages.ja[k] ?? ''), k).toEqual(names(messages.en[k]));
    }
  });

  it('picks the browser language', () => {
    expect(preferredLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(preferredLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLang(['de'])).toBe('en');
  });

  it('fills placeholders', () => {
    messages.en['test.x'] = 'a {n} b';
    expect(translate('en', 'test.x' as never, { n: 3 })).toBe('a 3 b');
    delete messages.en['test.x'];
  });
});
