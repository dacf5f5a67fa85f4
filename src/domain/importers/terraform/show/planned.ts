/**
 * A resource instance of a plan or state with where its configuration is. A leaf
 * module shared by the reader (`read.ts`) and the reference overlay (`references.ts`).
 */
import type { SourceInstance } from '../source';

export interface PlannedResource {
  instance: SourceInstance;
  /** Where its configuration is, to find the expressions of a plan. */
  module: string[];
  configAddress: string;
  index?: unknown;
}
