/** User-visible strings of the layout area. Keys start with 'layout.'; both languages have every key. */
export const layoutMessages = {
  en: {},
  ja: {},
} as const;
