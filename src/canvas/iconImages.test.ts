import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../domain/kinds/catalogue';
import type { KindId } from '../domain/kinds/types';
import { kindIconUrl, svgDataUrl, svgMarkup } from './iconImages';
import { KIND_ICONS } from './kindIcons';

/** What React DOM writes for the icon, without the technical <title>. */
function reactMarkup(kind: KindId): string {
  return renderToStaticMarkup(createElement(KIND_ICONS[kind], { size: 64 })).replace(
    /<title>[^<]*<\/title>/,
    '',
  );
}

describe('svgMarkup', () => {
  it("writes every kind's icon exactly as React DOM does, minus the title", () => {
    for (const kind of KINDS) {
      const markup = svgMarkup(createElement(KIND_ICONS[kind.id], { size: 64 }));
      expect(markup, kind.id).toBe(reactMarkup(kind.id));
      expect(markup, kind.id).not.toContain('<title');
    }
  });

  it('escapes text and attribute values, maps React prop names and skips empty style', () => {
    const tree = createElement(
      'svg',
      { viewBox: '0 0 1 1', className: 'a"b', style: {} },
      createElement('g', { fillRule: 'evenodd', strokeWidth: 2 }, 'x < y & "z"'),
      null,
      false,
    );
    expect(svgMarkup(tree)).toBe(renderToStaticMarkup(tree));
  });
});

describe('svgDataUrl', () => {
  it('round-trips through a URL decoder to the same SVG document', () => {
    const markup = '<svg a="1" b="x&#x27;y"><path d="M0 0h1%"></path>#\n</svg>';
    const url = svgDataUrl(markup);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    expect(url).not.toMatch(/[#<>"\n]|%(?![0-9A-F]{2})/);
    const decoded = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(decoded).toBe(markup.replace(/"/g, "'"));
  });
});

describe('kindIconUrl', () => {
  it('gives every kind one stable, distinct SVG data URL', () => {
    const urls = KINDS.map((k) => kindIconUrl(k.id));
    for (const [i, url] of urls.entries()) {
      expect(url, KINDS[i].id).toMatch(/^data:image\/svg\+xml,%3Csvg /);
      expect(kindIconUrl(KINDS[i].id)).toBe(url);
    }
    expect(new Set(urls).size).toBe(KINDS.length);
  });

  it('has no URL for a kind this app does not know', () => {
    expect(kindIconUrl('quantum-firewall' as KindId)).toBeUndefined();
  });
});
