/** User-visible strings of the presets area. Keys start with 'presets.'; both languages have every key. */
export const presetsMessages = {
  en: {},
  ja: {},
} as const;
