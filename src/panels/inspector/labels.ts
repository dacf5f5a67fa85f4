/**
 * Labels for props and their options. The kinds are open-ended (a colleague may add a
 * prop), so a label falls back to the prop's own name instead of failing: a kind-specific
 * message first (`inspector.prop.region.name`), then the shared one (`inspector.prop.tier`).
 */
import { messages, translate } from '../../i18n';
import type { Lang, MessageKey } from '../../i18n';

function lookup(lang: Lang, keys: readonly string[], fallback: string): string {
  for (const key of keys) if (key in messages.en) return translate(lang, key as MessageKey);
  return fallback;
}

export function propLabel(lang: Lang, kind: string, prop: string): string {
  return lookup(lang, [`inspector.prop.${kind}.${prop}`, `inspector.prop.${prop}`], prop);
}

/** An enum or subset option (`internet-facing`, `malware`): translated when there is a message. */
export function optionLabel(lang: Lang, prop: string, value: string): string {
  return lookup(lang, [`inspector.option.${prop}.${value}`, `inspector.option.${value}`], value);
}
