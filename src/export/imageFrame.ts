/**
 * The frame of an exported image (pure): the whole diagram, not the visible part.
 * Image size = diagram bounds + EXPORT_PADDING on every side, in whole pixels, times
 * the scale; the viewport transform moves the diagram's top-left corner to the padding.
 */
import type { Rect } from '../domain/document/geometry';
import type { Point } from '../domain/document/types';

export const EXPORT_PADDING = 24;
/** Browsers refuse canvases above this many pixels on a side (html-to-image shrinks them). */
export const MAX_CANVAS_SIDE = 16384;

export interface ImageFrame {
  /** CSS pixels (before the scale). */
  width: number;
  height: number;
  /** CSS transform for `.react-flow__viewport`. */
  transform: string;
  /** The scale actually used: lower than asked when the image would exceed MAX_CANVAS_SIDE. */
  pixelRatio: number;
  /** Where a point of the diagram lands in the image: its flow position plus this (CSS px). */
  offset: Point;
}

export function imageFrame(bounds: Rect, scale: number): ImageFrame {
  const width = Math.ceil(bounds.width) + 2 * EXPORT_PADDING;
  const height = Math.ceil(bounds.height) + 2 * EXPORT_PADDING;
  const fits = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const pixelRatio = Math.min(scale, fits);
  const tx = EXPORT_PADDING - bounds.x;
  const ty = EXPORT_PADDING - bounds.y;
  return {
    width,
    height,
    transform: `translate(${tx}px, ${ty}px) scale(1)`,
    pixelRatio,
    offset: { x: tx, y: ty },
  };
}
