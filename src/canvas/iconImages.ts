/**
 * The kind icons as image URLs for the canvas, the palette and the inspector. A
 * diagram shows the same few icons hundreds of times; as inline SVG each copy is a
 * small DOM tree with long path attributes, as an `<img>` of one shared data URL it
 * is a single element.
 *
 * The official icon components are plain functions of their props that return
 * `<svg>`, `<g>`, `<path>` and `<title>` elements (no hooks), so their markup is
 * written here directly from the element tree, when a kind's URL is first asked for.
 * Rendering them through React DOM at start-up cost more than the rest of the start
 * (iconImages.test.ts checks the markup against React's own).
 */
import { createElement, isValidElement } from 'react';
import type { ReactNode } from 'react';
import type { KindId } from '../domain/kinds/types';
import { escapeXml } from '../export/xml';
import { KIND_ICONS } from './kindIcons';
import type { KindIconComponent } from './kindIcons';

/** The size the icon is drawn at inside the image; the <img> scales it. */
const MARKUP_SIZE = 64;

/** React's spelling of the SVG attributes the icons use, where it is not the DOM's. */
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = { className: 'class' };
/** SVG attributes that stay camelCase in the DOM. */
const CAMEL_ATTRIBUTES = new Set(['viewBox', 'preserveAspectRatio', 'gradientUnits']);

function attributeName(prop: string): string {
  if (ATTRIBUTE_NAMES[prop]) return ATTRIBUTE_NAMES[prop];
  if (CAMEL_ATTRIBUTES.has(prop)) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function styleText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${attributeName(k)}:${String(v)}`)
    .join(';');
}

/**
 * Static SVG markup of an element tree of plain SVG elements and hook-free function
 * components. `<title>` is left out: the icon files carry a technical one that would
 * override the node's tooltip.
 */
export function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeXml(String(node));
  if (Array.isArray(node)) return node.map(svgMarkup).join('');
  if (!isValidElement<Record<string, unknown>>(node)) return '';
  const { type, props } = node;
  if (typeof type === 'function')
    return svgMarkup((type as (p: Record<string, unknown>) => ReactNode)(props));
  if (typeof type !== 'string' || type === 'title') return '';
  let attributes = '';
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || value === undefined || value === null || value === false) continue;
    const text =
      prop === 'style' ? styleText(value as Record<string, unknown>) : String(value as string);
    if (prop === 'style' && !text) continue;
    attributes += ` ${attributeName(prop)}="${escapeXml(text)}"`;
  }
  return `<${type}${attributes}>${svgMarkup(props.children as ReactNode)}</${type}>`;
}

/**
 * A data URL of SVG markup, escaped only where a URL needs it: the common
 * percent-encoding of every space and quote makes the URL half as long again, and
 * each of the hundreds of `<img>` on a canvas carries its own copy.
 */
export function svgDataUrl(markup: string): string {
  // Attribute values are escaped above, so every double quote is a delimiter.
  const body = markup
    .replace(/"/g, "'")
    .replace(
      /[%#<>{}\n\r\t]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  return `data:image/svg+xml,${body}`;
}

const urls = new Map<KindId, string>();

/** The kind's icon as a data URL, or undefined for a kind this app does not know. */
export function kindIconUrl(kind: KindId): string | undefined {
  let url = urls.get(kind);
  if (url === undefined) {
    const Icon = KIND_ICONS[kind] as KindIconComponent | undefined;
    if (!Icon) return undefined;
    url = svgDataUrl(svgMarkup(createElement(Icon, { size: MARKUP_SIZE })));
    urls.set(kind, url);
  }
  return url;
}
