/** User-visible strings of the inspector area. Keys start with 'inspector.'; both languages have every key. */
export const inspectorMessages = {
  en: {},
  ja: {},
} as const;
