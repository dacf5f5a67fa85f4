/** User-visible strings of the Trace traffic tool and the exposure map (panel, form, hop list). Keys start with 'trace.'; both languages have every key. */
export const traceMessages = {
  en: {},
  ja: {},
} as const;
