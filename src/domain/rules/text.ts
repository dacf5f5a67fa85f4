/**
 * Building blocks for finding messages: every message names the nodes it is about by
 * their kind and label (or id when unlabelled), in English and Japanese.
 */
import type { DiagramNode, Localized } from '../document/types';
import { getKind } from '../kinds/catalogue';

/** What the canvas shows: the label, or the id for an unlabelled node. */
export function nodeName(node: DiagramNode): string {
  return node.label?.trim() || node.id;
}

/** "Network Load Balancer 'api-nlb'" / "Network Load Balancer「api-nlb」". */
export function nodeRef(node: DiagramNode): Localized {
  const kind = getKind(node.kind).name;
  const name = nodeName(node);
  return { en: `${kind.en} '${name}'`, ja: `${kind.ja}「${name}」` };
}

/** Several nodes, joined: "A, B and C" / "A、B、C". */
export function nodeRefs(nodes: readonly DiagramNode[]): Localized {
  const refs = nodes.map(nodeRef);
  const en = refs.map((r) => r.en);
  return {
    en: en.length < 2 ? (en[0] ?? '') : `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}`,
    ja: refs.map((r) => r.ja).join('、'),
  };
}

/**
 * A message from one template per language; each argument is a Localized value (or a
 * plain string used for both), so that node references land in the right language.
 *
 * @example
 * message((l) => `${l.waf} protects ${l.target}`, (l) => `${l.waf}が${l.target}を保護`,
 *   { waf: nodeRef(waf), target: nodeRef(nlb) })
 */
export function message<K extends string>(
  en: (args: Record<K, string>) => string,
  ja: (args: Record<K, string>) => string,
  args: Record<K, Localized | string>,
): Localized {
  const pickAll = (lang: keyof Localized): Record<K, string> => {
    const out = {} as Record<K, string>;
    for (const key of Object.keys(args) as K[]) {
      const value = args[key];
      out[key] = typeof value === 'string' ? value : value[lang];
    }
    return out;
  };
  return { en: en(pickAll('en')), ja: ja(pickAll('ja')) };
}
