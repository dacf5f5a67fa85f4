/**
 * What a Terraform reader produces: resource instances with their attribute values.
 * A leaf module, so that the mapping (`read.ts`) and the folds (`fold.ts`) can both
 * name an instance without importing each other.
 */
import type { InfraResource, SourceFormat, SourceId, SourcePosition, UnknownValue } from '../model';
import type { Value } from './values';

export interface SourceInstance {
  address: SourceId;
  type: string;
  body: Map<string, Value>;
  at?: SourcePosition;
}

export interface SourceResources {
  format: SourceFormat;
  instances: readonly SourceInstance[];
  /** Resources the reader decided on itself (modules it cannot open). */
  extra?: readonly InfraResource[];
  /** What the reader itself could not know (a count, the configuration's size). */
  unknowns: readonly UnknownValue[];
}
