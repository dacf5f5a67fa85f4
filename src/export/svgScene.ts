/**
 * The SVG export's picture as plain shapes (boxes, images, lines of text, paths) and
 * the markup written from them. Only SVG 1.1 elements and presentation attributes are
 * used, no `foreignObject` and no CSS, so that editors and slide tools (Inkscape,
 * Illustrator, PowerPoint, Keynote, Figma) draw the file as browsers do.
 * Pure: readCanvasScene.ts fills the scene from the canvas.
 */
import type { Rect } from '../domain/document/geometry';
import type { Point } from '../domain/document/types';
import { escapeXml } from './xml';

export interface SvgTextLine {
  x: number;
  y: number;
  text: string;
}

export interface SvgFont {
  family: string;
  size: number;
  weight: string;
}

export type SvgShape =
  | {
      type: 'box';
      box: Rect;
      fill: string;
      stroke: string;
      strokeWidth: number;
      dashed: boolean;
      radius: number;
    }
  | { type: 'image'; box: Rect; href: string }
  | {
      type: 'text';
      /**
       * The lines as drawn, each centred on its point. A line that ends where the text
       * had a space keeps it, so the element's text is the whole label.
       */
      lines: SvgTextLine[];
      font: SvgFont;
      fill: string;
      /** Width of a white outline behind the letters (labels over lines), 0 for none. */
      halo: number;
    }
  | {
      type: 'path';
      d: string;
      stroke: string;
      strokeWidth: number;
      dash: string;
      roundCaps: boolean;
      markerEnd: string;
    }
  | {
      type: 'group';
      className: string;
      /** Clips the children to this box (in the group's parent's coordinates). */
      clip?: Rect;
      /** Moves the children (applied after the clip). */
      translate?: Point;
      children: SvgShape[];
    };

export interface SvgScene {
  /** The diagram's title: the file's `<title>` (viewers show it, screen readers read it). */
  title: string;
  width: number;
  height: number;
  /** Fill of the whole picture, or none (transparent). */
  background: string | null;
  /** Marker definitions the paths refer to (`markerEnd` = a marker's id). */
  markers: string;
  shapes: SvgShape[];
}

/** Numbers with at most two decimals and no trailing zeros: smaller files, same picture. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    out += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return out;
}

function boxAttrs(box: Rect) {
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/** The baseline of a line whose middle is at `middle` (SVG tools disagree on dominant-baseline). */
function baseline(middle: number, size: number): number {
  return middle + size * 0.35;
}

interface Writer {
  clips: string[];
  nextClip: number;
}

function shapeMarkup(shape: SvgShape, writer: Writer): string {
  switch (shape.type) {
    case 'box': {
      // CSS draws a border inside the box, SVG strokes on the edge: move in by half.
      const inset = shape.strokeWidth / 2;
      return `<rect${attrs({
        x: shape.box.x + inset,
        y: shape.box.y + inset,
        width: Math.max(0, shape.box.width - shape.strokeWidth),
        height: Math.max(0, shape.box.height - shape.strokeWidth),
        rx: shape.radius || undefined,
        fill: shape.fill,
        stroke: shape.strokeWidth > 0 ? shape.stroke : undefined,
        'stroke-width': shape.strokeWidth > 0 ? shape.strokeWidth : undefined,
        'stroke-dasharray': shape.dashed
          ? `${num(shape.strokeWidth * 3)} ${num(shape.strokeWidth * 2)}`
          : undefined,
      })}/>`;
    }
    case 'image':
      return `<image${attrs({ ...boxAttrs(shape.box), 'xlink:href': shape.href })}/>`;
    case 'text': {
      const lines = shape.lines
        .map(
          (line) =>
            `<tspan${attrs({ x: line.x, y: baseline(line.y, shape.font.size) })}>${escapeXml(line.text)}</tspan>`,
        )
        .join('');
      return `<text${attrs({
        'text-anchor': 'middle',
        'font-family': shape.font.family,
        'font-size': shape.font.size,
        'font-weight': shape.font.weight,
        fill: shape.fill,
        ...(shape.halo > 0
          ? {
              stroke: '#ffffff',
              'stroke-width': shape.halo,
              'stroke-linejoin': 'round',
              'paint-order': 'stroke',
            }
          : {}),
      })}>${lines}</text>`;
    }
    case 'path':
      return `<path${attrs({
        d: shape.d,
        fill: 'none',
        stroke: shape.stroke,
        'stroke-width': shape.strokeWidth,
        'stroke-dasharray': shape.dash === 'none' ? undefined : shape.dash,
        'stroke-linecap': shape.roundCaps ? 'round' : undefined,
        'marker-end': shape.markerEnd ? `url(#${shape.markerEnd})` : undefined,
      })}/>`;
    case 'group': {
      let clipPath: string | undefined;
      if (shape.clip) {
        const id = `clip-${writer.nextClip++}`;
        writer.clips.push(`<clipPath id="${id}"><rect${attrs(boxAttrs(shape.clip))}/></clipPath>`);
        clipPath = `url(#${id})`;
      }
      const inner = shape.children.map((child) => shapeMarkup(child, writer)).join('');
      const transform = shape.translate
        ? `translate(${num(shape.translate.x)} ${num(shape.translate.y)})`
        : undefined;
      const group = `<g${attrs({ class: shape.className, transform })}>${inner}</g>`;
      return clipPath ? `<g${attrs({ 'clip-path': clipPath })}>${group}</g>` : group;
    }
  }
}

/** The SVG file's text. */
export function svgMarkup(scene: SvgScene): string {
  const writer: Writer = { clips: [], nextClip: 1 };
  const body = scene.shapes.map((shape) => shapeMarkup(shape, writer)).join('\n');
  const background =
    scene.background === null
      ? ''
      : `<rect${attrs({ width: scene.width, height: scene.height, fill: scene.background })}/>\n`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs({
      width: scene.width,
      height: scene.height,
      viewBox: `0 0 ${num(scene.width)} ${num(scene.height)}`,
    })}>\n` +
    (scene.title ? `<title>${escapeXml(scene.title)}</title>\n` : '') +
    `<defs>${scene.markers}${writer.clips.join('')}</defs>\n` +
    background +
    body +
    `\n</svg>\n`
  );
}

/**
 * A computed CSS colour as one every SVG tool reads. Browsers give `rgb()`/`rgba()`,
 * or `color(srgb r g b / a)` for `color-mix()`, which editors do not know.
 * Fully transparent colours become `none`.
 */
export function svgColour(css: string): string {
  const value = css.trim();
  const srgb =
    /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+%?))?\s*\)$/i.exec(
      value,
    );
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((c) => Math.round(Number(c) * 255));
    const a = alpha(srgb[4]);
    return a === 0
      ? 'none'
      : a === 1
        ? `rgb(${r}, ${g}, ${b})`
        : `rgba(${r}, ${g}, ${b}, ${num(a)})`;
  }
  const rgba = /^rgba\(\s*[\d.]+\s*,\s*[\d.]+\s*,\s*[\d.]+\s*,\s*([\d.]+)\s*\)$/i.exec(value);
  if (rgba && Number(rgba[1]) === 0) return 'none';
  if (value === 'transparent' || value === '') return 'none';
  return value;
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}
