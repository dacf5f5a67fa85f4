/** Accepting a finding with a reason (it is then shown apart and not counted), and undoing that. */
import type { AcceptedFinding, Diagram } from '../document/types';
import { MAX_TEXT_LENGTH } from '../document/limits';
import { cutText } from '../document/read';

/** Adds the acceptance, or updates its reason. The same doc when the node does not exist. */
export function applyAccept(doc: Diagram, entry: AcceptedFinding): Diagram {
  if (!doc.nodes.some((n) => n.id === entry.node)) return doc;
  const reason = cutText(entry.reason, MAX_TEXT_LENGTH);
  const list = doc.accepted ?? [];
  const index = list.findIndex((a) => a.rule === entry.rule && a.node === entry.node);
  if (index >= 0 && list[index].reason === reason) return doc;
  const fresh: AcceptedFinding = { rule: entry.rule, node: entry.node, reason };
  const accepted = index >= 0 ? list.map((a, k) => (k === index ? fresh : a)) : [...list, fresh];
  return { ...doc, accepted };
}

/** Withdraws the acceptance; `accepted` disappears from the document when it empties. */
export function removeAccept(doc: Diagram, key: { rule: string; node: string }): Diagram {
  const list = doc.accepted ?? [];
  const accepted = list.filter((a) => !(a.rule === key.rule && a.node === key.node));
  if (accepted.length === list.length) return doc;
  const next: Diagram = { ...doc, accepted };
  if (accepted.length === 0) delete next.accepted;
  return next;
}
