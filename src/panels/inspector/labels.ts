/**
 * Labels for props and their options. The kinds are open-ended (a colleague may add a
 * prop), so a label falls back to the prop's own name instead of failing: a kind-specific
 * message first (`inspector.prop.region.name`), then the shared one (`inspector.prop.tier`).
 */
import { ancestorsOf } from '../../canvas/placeInContainer';
import type { Diagram, DiagramNode } from '../../domain/document/types';
import { getKind } from '../../domain/kinds/catalogue';
import { messages, pick, translate } from '../../i18n';
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

/** How the inspector names a node: its label, else its kind and id ("Subnet (subnet-2)"). */
export function nodeName(lang: Lang, node: DiagramNode): string {
  return node.label || `${pick(lang, getKind(node.kind).name)} (${node.id})`;
}

/**
 * A node's name with the containers around it ("Web SG — in Web VPC › App A"), for
 * lists in which names repeat (two AZs often hold a "Web SG" each).
 */
export function placedName(lang: Lang, doc: Diagram, node: DiagramNode): string {
  const name = nodeName(lang, node);
  const path = ancestorsOf(doc, node.id)
    .reverse()
    .map((n) => nodeName(lang, n));
  return path.length
    ? translate(lang, 'inspector.parent.option', { name, path: path.join(' › ') })
    : name;
}
