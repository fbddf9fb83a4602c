// Entry point of `pulumi up` / `pulumi preview`: read and validate config once, then build.
import { buildStack } from "./build";
import { readStackConfig } from "./readConfig";

export = buildStack(readStackConfig());
