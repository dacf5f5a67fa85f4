/**
 * Every user-visible string of the UI goes through `translate` (or `useT` in React).
 * Strings live in one bundle per area under messages/; the domain carries its own
 * English/Japanese texts as `Localized` values (kind names, rule texts, import errors).
 */
import type { Localized } from '../domain/document/types';
import { appMessages } from './messages/app';
import { canvasMessages } from './messages/canvas';
import { paletteMessages } from './messages/palette';
import { inspectorMessages } from './messages/inspector';
import { findingsMessages } from './messages/findings';
import { layoutMessages } from './messages/layout';
import { exportingMessages } from './messages/exporting';
import { presetsMessages } from './messages/presets';
import { progressMessages } from './messages/progress';
import { ioMessages } from './messages/io';
import { traceMessages } from './messages/trace';
import { traceCanvasMessages } from './messages/traceCanvas';
import { keyboardMessages } from './messages/keyboard';
import { shareMessages } from './messages/share';
import { libraryMessages } from './messages/library';
import { importReportMessages } from './messages/importReport';
import { policyMessages } from './messages/policy';
import { learnMessages } from './messages/learn';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

const bundles = [
  appMessages,
  canvasMessages,
  paletteMessages,
  inspectorMessages,
  findingsMessages,
  layoutMessages,
  exportingMessages,
  presetsMessages,
  progressMessages,
  ioMessages,
  traceMessages,
  traceCanvasMessages,
  keyboardMessages,
  shareMessages,
  libraryMessages,
  importReportMessages,
  policyMessages,
  learnMessages,
] as const;

type Bundle = (typeof bundles)[number];
type EnOf<B> = B extends { en: infer E } ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
export type MessageKey = keyof UnionToIntersection<EnOf<Bundle>> & string;

export const messages: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, ...bundles.map((b) => b.en)) as Record<string, string>,
  ja: Object.assign({}, ...bundles.map((b) => b.ja)) as Record<string, string>,
};

/** `{name}` placeholders are replaced by params; a missing key shows the key itself. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = messages[lang][key] ?? messages.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function pick(lang: Lang, text: Localized): string {
  return text[lang];
}

/** The first language from the browser's list that the app speaks; English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ja') return 'ja';
    if (base === 'en') return 'en';
  }
  return 'en';
}
