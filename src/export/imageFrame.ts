/**
 * The frame of an exported image (pure): the whole diagram, not the visible part.
 * Image size = diagram bounds + EXPORT_PADDING on every side, in whole pixels, times
 * the scale; the diagram's top-left corner lands on the padding.
 */
import type { Rect } from '../domain/document/geometry';
import type { Point } from '../domain/document/types';

export const EXPORT_PADDING = 24;
/** Browsers refuse canvases above this many pixels on a side: PNG export shrinks to fit. */
export const MAX_CANVAS_SIDE = 16384;

export interface ImageFrame {
  /** CSS pixels (before the scale). */
  width: number;
  height: number;
  /** Where a point of the diagram lands in the image: its flow position plus this (CSS px). */
  offset: Point;
}

export function imageFrame(bounds: Rect): ImageFrame {
  return {
    width: Math.ceil(bounds.width) + 2 * EXPORT_PADDING,
    height: Math.ceil(bounds.height) + 2 * EXPORT_PADDING,
    offset: { x: EXPORT_PADDING - bounds.x, y: EXPORT_PADDING - bounds.y },
  };
}

/**
 * The scale a `width` × `height` (CSS px) image is drawn at: the one asked for, or a
 * lower one when that would exceed MAX_CANVAS_SIDE on a side.
 */
export function fittedScale(width: number, height: number, scale: number): number {
  return Math.min(scale, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
}
