/**
 * The translate function for the current language, for React components. Re-renders
 * the component when the user switches the language.
 */
import { useCallback } from 'react';
import { translate } from '../i18n';
import type { Lang, MessageKey } from '../i18n';
import { useEditor } from '../store/editorStore';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useLang(): Lang {
  return useEditor((s) => s.lang);
}

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
