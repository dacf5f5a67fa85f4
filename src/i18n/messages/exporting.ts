/** User-visible strings of the exporting area. Keys start with 'exporting.'; both languages have every key. */
export const exportingMessages = {
  en: {},
  ja: {},
} as const;
