/** User-visible strings of the findings area. Keys start with 'findings.'; both languages have every key. */
export const findingsMessages = {
  en: {},
  ja: {},
} as const;
