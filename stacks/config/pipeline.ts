/** What every optional pipeline section implements; see index.ts for the registry. */
import type { ConfigObject } from "./configObject";
import type { GenesysConfig } from "./genesys";

/** What a pipeline section sees besides its own object. */
export interface PipelineContext {
  readonly stack: string;
  readonly awsRegion: string;
  readonly genesys: GenesysConfig;
  /** The section's `enabled`; checks that only matter for a deployment run only when true. */
  readonly enabled: boolean;
}

/**
 * Parser of one optional pipeline key. Its object always has a required `enabled` boolean;
 * `fields` lists the others. `parse` runs even when disabled, so typos and bad values surface
 * before someone switches the pipeline on.
 */
export interface PipelineSection<T> {
  readonly fields: readonly string[];
  /** A short YAML-ish example for "write it as a map" fixes. */
  readonly example: string;
  /** Why the AWS resources must live in the Genesys org's region, when they must. */
  readonly sameRegionAsGenesys?: string;
  parse(section: ConfigObject, ctx: PipelineContext): T;
}
