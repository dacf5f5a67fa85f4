/**
 * The SVG export's scene, read from the canvas as drawn: every container's box and
 * header, every service's icon and label, every edge's path, marker and text, and the
 * finding badges on request. Positions come from the drawn elements, mapped back from
 * the screen into the exported frame (the whole diagram, as for PNG), so the file
 * shows the diagram exactly where the canvas does, whatever the zoom.
 *
 * Text is written line by line as the browser broke it (a label wrapped on two lines
 * stays on two lines; text cut by an ellipsis on the canvas ends with "…"), since SVG
 * text does not wrap. Selection and hover looks are not part of the picture.
 */
import { EDGE_LOOKS, isEdgeKind, markerId } from '../canvas/edges/edgeStyles';
import type { Rect } from '../domain/document/geometry';
import type { Point } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import type { ImageChoice } from './render';
import { FINDING_BADGE_CLASS, framedViewport } from './render';
import type { SvgScene, SvgShape } from './svgScene';
import { svgColour } from './svgScene';

interface LineBox {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** KindEdge's class prefix for the edge kind (`asp-edge--traffic`). */
const EDGE_KIND_CLASS = 'asp-edge--';

/** Half a pixel of tolerance when asking whether a letter is inside its element's box. */
const EDGE_TOLERANCE = 0.5;

function inside(r: DOMRect, clip: DOMRect): boolean {
  return (
    r.left >= clip.left - EDGE_TOLERANCE &&
    r.right <= clip.right + EDGE_TOLERANCE &&
    r.top >= clip.top - EDGE_TOLERANCE &&
    r.bottom <= clip.bottom + EDGE_TOLERANCE
  );
}

/**
 * The visible lines of `element`'s text, in screen coordinates: letters are grouped
 * into lines by where the browser drew them; letters outside the element's box
 * (clamped or cut off) are dropped, and the last line then ends with "…".
 */
function textLines(element: Element, clip = element.getBoundingClientRect()): LineBox[] {
  const lines: LineBox[] = [];
  let line: LineBox | undefined;
  let cut = false;
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    for (let i = 0; i < text.length;) {
      const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + length);
      const letter = text.slice(i, i + length);
      i += length;
      const r = range.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) {
        // collapsed or wrapped-away white space
        if (line) line.text += letter;
        continue;
      }
      if (!inside(r, clip)) {
        cut = true;
        continue;
      }
      if (!line || (r.top + r.bottom) / 2 > line.bottom) {
        line = { text: letter, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        lines.push(line);
      } else {
        line.text += letter;
        line.left = Math.min(line.left, r.left);
        line.right = Math.max(line.right, r.right);
        line.top = Math.min(line.top, r.top);
        line.bottom = Math.max(line.bottom, r.bottom);
      }
    }
  }
  const last = lines.length - 1;
  lines.forEach((l, i) => {
    // SVG text does not wrap: each line is placed on its own; the space the browser
    // broke the line at stays at its end, so the element's text is the whole label
    const text = l.text.replace(/\s+/g, ' ');
    l.text = i === 0 ? text.trimStart() : text;
    if (i === last) l.text = l.text.trimEnd() + (cut ? '…' : '');
  });
  return lines.filter((l) => l.text.trim());
}

/** A container header's text parts, each cut by the one line that holds them all. */
function textParts(header: Element): { part: Element; clip: DOMRect }[] {
  const text = header.querySelector('.asp-container__text');
  if (!text) return [];
  const clip = text.getBoundingClientRect();
  return [...text.children].map((part) => ({ part, clip }));
}

/** Maps what the canvas draws on screen into the exported frame. */
class SceneReader {
  private readonly origin: DOMRect;

  constructor(
    viewport: HTMLElement,
    private readonly zoom: number,
    private readonly offset: Point,
  ) {
    this.origin = viewport.getBoundingClientRect();
  }

  x(screenX: number): number {
    return (screenX - this.origin.left) / this.zoom + this.offset.x;
  }

  y(screenY: number): number {
    return (screenY - this.origin.top) / this.zoom + this.offset.y;
  }

  box(r: { left: number; top: number; right: number; bottom: number }): Rect {
    return {
      x: this.x(r.left),
      y: this.y(r.top),
      width: (r.right - r.left) / this.zoom,
      height: (r.bottom - r.top) / this.zoom,
    };
  }

  /** An element's background and border (CSS draws one border width all round here). */
  boxOf(element: Element): SvgShape {
    const style = getComputedStyle(element);
    const strokeWidth = style.borderTopStyle === 'none' ? 0 : parseFloat(style.borderTopWidth) || 0;
    return {
      type: 'box',
      box: this.box(element.getBoundingClientRect()),
      fill: svgColour(style.backgroundColor),
      stroke: svgColour(style.borderTopColor),
      strokeWidth,
      dashed: style.borderTopStyle === 'dashed',
      radius: parseFloat(style.borderTopLeftRadius) || 0,
    };
  }

  /** `element`'s text, one shape per drawn line; `clip`: the box that cuts it (its own). */
  textOf(element: Element | null, halo = 0, clip?: DOMRect): SvgShape[] {
    if (!element) return [];
    const style = getComputedStyle(element);
    const font = {
      family: style.fontFamily,
      size: parseFloat(style.fontSize),
      weight: style.fontWeight,
    };
    const lines = textLines(element, clip).map((line) => ({
      x: this.x((line.left + line.right) / 2),
      y: this.y((line.top + line.bottom) / 2),
      text: line.text,
    }));
    if (lines.length === 0) return [];
    return [{ type: 'text', lines, font, fill: svgColour(style.color), halo }];
  }

  imageOf(element: Element | null): SvgShape[] {
    if (!(element instanceof HTMLImageElement) || !element.src) return [];
    return [{ type: 'image', box: this.box(element.getBoundingClientRect()), href: element.src }];
  }

  container(element: Element): SvgShape {
    const header = element.querySelector('.asp-container__header');
    const headerShapes: SvgShape[] = header
      ? [
          ...this.imageOf(header.querySelector('.asp-container__icon img')),
          ...textParts(header).flatMap(({ part, clip }) => this.textOf(part, 0, clip)),
        ]
      : [];
    return {
      type: 'group',
      className: 'asp-container',
      children: [
        this.boxOf(element),
        ...(header
          ? [
              {
                type: 'group' as const,
                className: 'asp-container__header',
                clip: this.box(header.getBoundingClientRect()),
                children: headerShapes,
              },
            ]
          : []),
      ],
    };
  }

  leaf(element: Element): SvgShape {
    return {
      type: 'group',
      className: 'asp-leaf',
      children: [
        ...this.imageOf(element.querySelector('.asp-leaf__icon img')),
        // the canvas outlines labels in white (text-shadow) so lines behind them do not hide them
        ...this.textOf(element.querySelector('.asp-leaf__label'), 3),
      ],
    };
  }

  badge(element: Element): SvgShape {
    return {
      type: 'group',
      className: FINDING_BADGE_CLASS,
      children: [this.boxOf(element), ...this.textOf(element)],
    };
  }

  /** An edge in its kind's look (never the selected one): path, marker and text. */
  edge(element: Element): SvgShape | undefined {
    const path = element.querySelector('path.react-flow__edge-path');
    const d = path?.getAttribute('d');
    if (!path || !d) return undefined;
    const kind = [...path.classList]
      .find((c) => c.startsWith(EDGE_KIND_CLASS))
      ?.slice(EDGE_KIND_CLASS.length);
    const edgeKind = isEdgeKind(kind) ? kind : 'traffic';
    const look = EDGE_LOOKS[edgeKind];
    const label = element.querySelector('text.asp-edge-label');
    return {
      type: 'group',
      className: 'asp-edge',
      children: [
        {
          type: 'group',
          className: 'asp-edge__path',
          // React Flow's edge paths are in flow coordinates; the frame moves them like the nodes
          translate: this.offset,
          children: [
            {
              type: 'path',
              d,
              stroke: look.stroke,
              strokeWidth: look.width,
              dash: look.dash ?? 'none',
              // as on the canvas: dashes with round ends, so "1 4" draws dots
              roundCaps: look.dash !== undefined,
              markerEnd: markerId(edgeKind),
            },
          ],
        },
        ...this.textOf(label, label ? parseFloat(getComputedStyle(label).strokeWidth) || 0 : 0),
      ],
    };
  }
}

/** The whole diagram as drawn on the canvas now, framed as the PNG export frames it. */
export function readCanvasScene(choice: ImageChoice): SvgScene {
  const { element: viewport, zoom, frame } = framedViewport();
  const reader = new SceneReader(viewport, zoom, frame.offset);
  const containers: SvgShape[] = [];
  const leaves: SvgShape[] = [];
  const badges: SvgShape[] = [];
  // parents come before their children here, so containers are drawn outside in
  for (const node of viewport.querySelectorAll('.react-flow__node')) {
    const container = node.querySelector(':scope > .asp-container');
    const leaf = node.querySelector(':scope > .asp-leaf');
    if (container) containers.push(reader.container(container));
    else if (leaf) leaves.push(reader.leaf(leaf));
    const badge = choice.badges ? node.querySelector(`.${FINDING_BADGE_CLASS}`) : null;
    if (badge) badges.push(reader.badge(badge));
  }
  const edges = [...viewport.querySelectorAll('.react-flow__edge')]
    .map((edge) => reader.edge(edge))
    .filter((shape): shape is SvgShape => shape !== undefined);
  const markers = viewport.querySelector('svg.asp-edge-markers defs');
  const serializer = new XMLSerializer();
  return {
    title: editorStore.getState().doc.title ?? '',
    width: frame.width,
    height: frame.height,
    background: choice.background === 'white' ? '#ffffff' : null,
    markers: markers
      ? [...markers.children].map((m) => serializer.serializeToString(m)).join('')
      : '',
    // as on the canvas: containers under the edges, services and badges over them
    shapes: [...containers, ...edges, ...leaves, ...badges],
  };
}
