/** User-visible strings of the palette area. Keys start with 'palette.'; both languages have every key. */
export const paletteMessages = {
  en: {},
  ja: {},
} as const;
