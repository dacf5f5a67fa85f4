/**
 * The kind icons as image URLs for the canvas. A diagram shows the same few icons
 * hundreds of times; as inline SVG each copy is a small DOM tree with long path
 * attributes, as an `<img>` of one shared data URL it is a single element. The
 * official icon components render once, outside any React render, at start-up.
 */
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { KINDS } from '../domain/kinds/catalogue';
import type { KindId } from '../domain/kinds/types';
import { KindIcon } from './kindIcons';

const urls = new Map<KindId, string>();

/** Renders every kind's icon into a data URL. Call before the first render (main.tsx). */
export function prepareKindIconUrls(): void {
  if (urls.size > 0 || typeof document === 'undefined') return;
  const host = document.createElement('div');
  const root = createRoot(host);
  const serializer = new XMLSerializer();
  for (const kind of KINDS) {
    flushSync(() => root.render(createElement(KindIcon, { kind: kind.id, size: 64 })));
    const svg = host.querySelector('svg');
    if (!svg) continue;
    // The icon files carry a technical <title> that would override the node's tooltip.
    svg.querySelector('title')?.remove();
    svg.removeAttribute('aria-hidden');
    svg.removeAttribute('focusable');
    urls.set(
      kind.id,
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serializer.serializeToString(svg))}`,
    );
  }
  root.unmount();
}

/** The icon's data URL, or undefined before `prepareKindIconUrls` ran (then render `KindIcon`). */
export function kindIconUrl(kind: KindId): string | undefined {
  return urls.get(kind);
}
