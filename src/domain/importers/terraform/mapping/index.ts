/**
 * Every `aws_*` type the readers map, one mapping per type for `.tf` files, plans and
 * states. A type not listed here is `not-drawn` (counted by type in the report).
 */
import { DETECTION } from './detection';
import { IDENTITY } from './identity';
import { LOAD_BALANCING } from './loadBalancing';
import { NETWORK } from './network';
import { PROTECTION } from './protection';
import { SECURITY_GROUPS } from './securityGroups';
import { SERVICES } from './services';
import type { Mapping } from './types';

export const MAPPINGS: ReadonlyMap<string, Mapping> = new Map(
  Object.entries({
    ...NETWORK,
    ...SECURITY_GROUPS,
    ...LOAD_BALANCING,
    ...PROTECTION,
    ...SERVICES,
    ...DETECTION,
    ...IDENTITY,
  }),
);

/** Every Terraform type mapped to a concept other than `not-drawn` (docs/import.md's table lists them). */
export const TERRAFORM_TYPES: readonly string[] = [...MAPPINGS.keys()].sort();
