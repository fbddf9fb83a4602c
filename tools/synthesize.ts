import * as pulumi from "@pulumi/pulumi";
import { parseStackConfig, StackConfig } from "../stacks/config";
import { loadStackFile, type StackFile } from "./stackFile";
import { installMocks, RecordedCall, RecordedResource, ResourceRecorder, settle } from "./mocks";

/** What the program registers for one stack under the mock runtime. */
export interface SynthesizedStack {
  readonly project: string;
  readonly stack: string;
  readonly config: StackConfig;
  /** Keys whose `secure:` values were replaced by offline placeholders. */
  readonly placeholderSecrets: readonly string[];
  /** Registrations in order, with raw inputs (secrets still wrapped, assets unresolved). */
  readonly resources: readonly RecordedResource[];
  readonly calls: readonly RecordedCall[];
}

/**
 * Reads `<dir>/Pulumi.<stack>.yaml` and validates it as `pulumi up` would, without running the
 * program: throws the ConfigError the plan prints (exit 2) for a bad file or a bad value.
 */
export function readStackInput(
  dir: string,
  stack: string,
): { file: StackFile; config: StackConfig } {
  const file = loadStackFile(dir, stack);
  return {
    file,
    config: parseStackConfig({ stack, values: file.values, secretKeys: file.secretKeys }),
  };
}

/**
 * Runs the whole program (stacks/index.ts) for `<dir>/Pulumi.<stack>.yaml` under the mock runtime,
 * exactly as the offline plan does. Config is validated first, so a bad stack file throws a
 * ConfigError before anything registers. The mock runtime is process-wide and the program module
 * is loaded once: call this at most once per process.
 */
export async function synthesizeStack(dir: string, stack: string): Promise<SynthesizedStack> {
  const { file, config } = readStackInput(dir, stack);
  pulumi.runtime.setAllConfig(file.values, file.secretKeys);
  const recorder = new ResourceRecorder(config.awsRegion);
  await installMocks(recorder, file.project, stack);
  // The program exports a promise (it awaits its preflight before declaring anything).
  await require("../stacks/index");
  await settle();
  return {
    project: file.project,
    stack,
    config,
    placeholderSecrets: file.secretKeys,
    resources: recorder.resources,
    calls: recorder.calls,
  };
}
