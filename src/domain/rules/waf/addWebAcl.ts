/**
 * WAF-06's one-click fix: a new web ACL with a rate-based rule, managed rule groups and
 * logging, linked to the entry point by a `protects` edge. It goes at a free spot next
 * to the entry point, or, when the entry point is inside a VPC, next to that VPC in the
 * container holding it: a web ACL is an account and Region level service (PLC-01).
 */
import { connect } from '../../commands';
import type { Diagram } from '../../document/types';
import { addServiceIn } from '../detection/placeService';
import { outermostNetwork } from '../placement/geometry';

export function addWebAcl(doc: Diagram, entryId: string): Diagram {
  const entry = doc.nodes.find((n) => n.id === entryId);
  if (!entry) return doc;
  const network = outermostNetwork(doc, entryId);
  const added = addServiceIn(doc, {
    kind: 'waf',
    scope: network ? network.parent : entry.parent,
    near: network ? network.id : entry.id,
    props: { rateBasedRule: true, managedRules: true, logging: true },
  });
  return connect(added.doc, { source: added.id, target: entryId, kind: 'protects' }).doc;
}
