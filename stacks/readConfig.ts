/**
 * The program's one read of Pulumi config: everything else receives the typed `StackConfig`.
 */
import * as pulumi from "@pulumi/pulumi";
import { PROJECT, StackConfig, parseStackConfig } from "./config";

/**
 * `pulumi.runtime.isConfigSecret` exists at run time (it reads PULUMI_CONFIG_SECRET_KEYS, which the
 * CLI sets) but is marked @internal, so it has no type declaration. If a future SDK drops it,
 * every value counts as secret: error messages then show "[secret]" rather than risk a leak.
 */
function secretTest(): (key: string) => boolean {
  const isConfigSecret = (pulumi.runtime as unknown as { isConfigSecret?: unknown }).isConfigSecret;
  if (typeof isConfigSecret !== "function") return () => true;
  const test = isConfigSecret as (key: string) => boolean;
  // allConfig() strips the legacy ":config:" infix from keys; the secret list may still carry it.
  return (key) => {
    const colon = key.indexOf(":");
    return (
      test(key) || (colon > 0 && test(`${key.slice(0, colon)}:config:${key.slice(colon + 1)}`))
    );
  };
}

/** Reads and validates the current stack's config. Throws ConfigError (printed without a stack trace). */
export function readStackConfig(): StackConfig {
  const project = pulumi.getProject();
  if (project !== PROJECT) {
    throw new pulumi.RunError(
      `Pulumi.yaml: project name "${project}" is not "${PROJECT}"; fix: keep name: ${PROJECT}, the namespace of every key this program reads`,
    );
  }
  const values = pulumi.runtime.allConfig();
  const isSecret = secretTest();
  return parseStackConfig({
    stack: pulumi.getStack(),
    values,
    secretKeys: Object.keys(values).filter(isSecret),
  });
}
