/** User-visible strings of the app area. Keys start with 'app.'; both languages have every key. */
export const appMessages = {
  en: {},
  ja: {},
} as const;
