/** User-visible strings of the canvas area. Keys start with 'canvas.'; both languages have every key. */
export const canvasMessages = {
  en: {},
  ja: {},
} as const;
