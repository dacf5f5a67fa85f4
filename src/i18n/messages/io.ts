/** User-visible strings of the io area. Keys start with 'io.'; both languages have every key. */
export const ioMessages = {
  en: {},
  ja: {},
} as const;
