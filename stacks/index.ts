// Entry point of `pulumi up` / `pulumi preview`: read and validate config once, check with
// Genesys that the deploy can finish (read-only), then build.
import { buildStack } from "./build";
import { preflightUnlessMocked } from "./preflight";
import { readStackConfig } from "./readConfig";

const config = readStackConfig();

// Pulumi awaits an exported promise: nothing is declared until the preflight has passed.
export = preflightUnlessMocked(config).then((preflight) =>
  buildStack(config, { orgId: preflight?.orgId }),
);
