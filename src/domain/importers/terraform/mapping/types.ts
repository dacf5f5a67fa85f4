/**
 * A mapping turns one Terraform resource's attributes into the model's concept. It is
 * the same function for `.tf` files, plans and states: only the Attrs it reads from
 * differ.
 */
import type { Localized } from '../../../document/types';
import type { AccessLevel } from '../../iamRoles';
import type { InfraResource, ResourceBase, SecurityGroupRule, SourceId } from '../../model';
import type { Attrs } from '../attributes';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a mapping decides: the concept and its fields (the id, type and name are the reader's). */
export type ConceptPart = DistributiveOmit<InfraResource, keyof ResourceBase>;

/**
 * What a resource adds to another one of the model (its group, detector, listener,
 * cluster...), applied once every resource is mapped (fold.ts) and then dropped.
 */
export type Fold =
  /** Rules of a separate rule resource beyond its first (several CIDRs or groups). */
  | {
      into: 'group-rules';
      group?: SourceId;
      direction: 'inbound' | 'outbound';
      rules: SecurityGroupRule[];
    }
  | { into: 'detector-feature'; detector?: SourceId; feature?: string; on: boolean }
  /** `detector` undefined: every detector of the configuration. */
  | { into: 'detector-role'; detector?: SourceId; role: 'administrator' | 'member' }
  | { into: 'shield-l7'; resource?: SourceId }
  | { into: 'firewall-policy'; policy?: SourceId }
  | { into: 'policy-rules'; hasRules: boolean }
  | { into: 'listener-rule'; listener?: SourceId }
  | { into: 'cluster-access'; cluster?: SourceId; publiclyAccessible?: boolean }
  /** A managed policy attached to a role by a separate resource. */
  | { into: 'role-policy'; role?: SourceId; policy: PolicyUse };

/**
 * A policy of a role, read where it is written: its level, or what to report when
 * the role's level is then unknown (absent when the value itself was already reported).
 */
export interface PolicyUse {
  level: AccessLevel | undefined;
  unknown?: { property: string; reason: Localized };
  /** Where it is written, when not in the role itself (an attachment). */
  resource?: SourceId;
}

export type Mapped = ConceptPart & {
  fold?: Fold;
  /** A `supporting` resource whose `of` is every resource that refers to it (fold.ts). */
  ofReferrers?: boolean;
  /** A role's own policies, to which fold.ts adds the attached ones before deciding its level. */
  policies?: PolicyUse[];
};

export type Mapping = (a: Attrs) => Mapped;

/** Resources only configured by others, whose `of` is found later from who refers to them. */
export const supportingOfReferrers: Mapping = () => ({
  concept: 'supporting',
  of: [],
  ofReferrers: true,
});

/** Resources that configure the one named by `attribute` (ids and names looked up among `types`). */
export const supportingOf =
  (attribute: string, types?: readonly string[]): Mapping =>
  (a) => ({ concept: 'supporting', of: a.refs(attribute, types) });
