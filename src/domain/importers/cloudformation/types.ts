/**
 * Every resource type the reader maps, by area. A type not listed here is `not-drawn`,
 * counted by type in the import report (IAM users, Auto Scaling groups, ...). SAM's
 * types are read only when the template declares the SAM transform.
 */
import { DATA_MAPPERS, SAM_DATA_MAPPERS } from './data';
import { DETECTION_MAPPERS } from './detection';
import { EDGE_MAPPERS, SAM_EDGE_MAPPERS } from './edge';
import { IDENTITY_MAPPERS } from './identity';
import type { Mapper } from './mapping';
import { NETWORK_MAPPERS } from './network';

export const MAPPERS: ReadonlyMap<string, Mapper> = new Map(
  Object.entries({
    ...NETWORK_MAPPERS,
    ...EDGE_MAPPERS,
    ...DATA_MAPPERS,
    ...DETECTION_MAPPERS,
    ...IDENTITY_MAPPERS,
  }),
);

export const SAM_MAPPERS: ReadonlyMap<string, Mapper> = new Map(
  Object.entries({ ...SAM_EDGE_MAPPERS, ...SAM_DATA_MAPPERS }),
);

/** The transform that makes a template a SAM template. */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Every type mapped to a concept other than `not-drawn` (docs/import.md's table lists them). */
export const CLOUDFORMATION_TYPES: readonly string[] = [...MAPPERS.keys(), ...SAM_MAPPERS.keys()];
