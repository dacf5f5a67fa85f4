/**
 * Every concept of the infrastructure model, from a table keyed by `Concept`: adding
 * a concept to model.ts without deciding here what it becomes is a compile error.
 */
import type { Concept } from '../model';

/** What a concept becomes: a node of its own, a part of other nodes, or nothing drawn. */
export type Becomes = 'node' | 'part-of' | 'not-drawn';

export const CONCEPT_BECOMES: Readonly<Record<Concept, Becomes>> = {
  vpc: 'node',
  subnet: 'node',
  'internet-gateway': 'node',
  'gateway-attachment': 'part-of',
  'nat-gateway': 'node',
  'route-table': 'part-of',
  route: 'part-of',
  'route-table-association': 'part-of',
  'security-group': 'node',
  'security-group-rule': 'part-of',
  'network-acl': 'node',
  'network-acl-entry': 'part-of',
  'network-acl-association': 'part-of',
  instance: 'node',
  'elastic-ip': 'part-of',
  'load-balancer': 'node',
  listener: 'part-of',
  'target-group': 'part-of',
  'target-attachment': 'part-of',
  distribution: 'node',
  'web-acl': 'node',
  'web-acl-association': 'part-of',
  'web-acl-logging': 'part-of',
  'shield-protection': 'node',
  guardduty: 'node',
  'security-hub': 'node',
  'security-hub-standard': 'part-of',
  inspector: 'node',
  macie: 'node',
  detective: 'node',
  config: 'node',
  cloudtrail: 'node',
  'flow-log': 'node',
  bucket: 'node',
  'bucket-public-access-block': 'part-of',
  database: 'node',
  'db-subnet-group': 'part-of',
  function: 'node',
  api: 'node',
  'network-firewall': 'node',
  'network-firewall-logging': 'part-of',
  'firewall-manager-policy': 'node',
  'event-rule': 'node',
  'event-target': 'part-of',
  topic: 'node',
  'iam-role': 'node',
  supporting: 'part-of',
  'not-drawn': 'not-drawn',
};

export const CONCEPTS = Object.keys(CONCEPT_BECOMES) as Concept[];
