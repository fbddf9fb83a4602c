/**
 * The one way every deploy-time Genesys call reads its credentials and gateway: the variables the
 * Genesys Terraform provider itself reads, so one exported set serves the provider, the trigger
 * provider, the preflight and the Archy helper. Read at run time, never captured or stored.
 */

export const CLIENT_ID_VAR = "GENESYSCLOUD_OAUTHCLIENT_ID";
export const CLIENT_SECRET_VAR = "GENESYSCLOUD_OAUTHCLIENT_SECRET";

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Gateway settings, named as the SDK's `GatewayConfiguration` names them. */
export interface GatewaySettings {
  host: string;
  protocol?: string;
  port?: number;
  path_params_login?: string;
  path_params_api?: string;
}

/** Base URLs of one org's login and API hosts, without a trailing slash. */
export interface GenesysEndpoints {
  readonly loginUrl: string;
  readonly apiUrl: string;
}

/** Reads the OAuth client from the environment; `who` starts the message (e.g. "ProcessAutomationTrigger"). */
export function readCredentials(env: NodeJS.ProcessEnv, who: string): ClientCredentials {
  const clientId = env[CLIENT_ID_VAR];
  const clientSecret = env[CLIENT_SECRET_VAR];
  if (!clientId || !clientSecret) {
    const missing = [
      !clientId ? CLIENT_ID_VAR : undefined,
      !clientSecret ? CLIENT_SECRET_VAR : undefined,
    ]
      .filter(Boolean)
      .join(" and ");
    throw new Error(
      `${who}: ${missing} not set. Export ${CLIENT_ID_VAR} and ${CLIENT_SECRET_VAR} ` +
        `(a client-credentials OAuth client with the permissions in docs/deploying.md) in the environment that runs pulumi.`,
    );
  }
  return { clientId, clientSecret };
}

/**
 * The gateway from the Terraform provider's variables GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL and
 * its single GENESYSCLOUD_GATEWAY_PATH_NAME ("login" or "api") / _PATH_VALUE pair; undefined without a host.
 */
export function gatewayFromEnv(env: NodeJS.ProcessEnv): GatewaySettings | undefined {
  const host = env.GENESYSCLOUD_GATEWAY_HOST;
  if (!host) return undefined;
  const gateway: GatewaySettings = { host };
  if (env.GENESYSCLOUD_GATEWAY_PROTOCOL) gateway.protocol = env.GENESYSCLOUD_GATEWAY_PROTOCOL;
  if (env.GENESYSCLOUD_GATEWAY_PORT) {
    const port = Number(env.GENESYSCLOUD_GATEWAY_PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      throw new Error(
        `GENESYSCLOUD_GATEWAY_PORT: "${env.GENESYSCLOUD_GATEWAY_PORT}" is invalid; use a port number from 1 to 65535, or unset it.`,
      );
    }
    gateway.port = port;
  }
  const pathName = env.GENESYSCLOUD_GATEWAY_PATH_NAME;
  const pathValue = env.GENESYSCLOUD_GATEWAY_PATH_VALUE;
  if (pathName && pathValue) {
    if (pathName === "login") gateway.path_params_login = pathValue;
    else if (pathName === "api") gateway.path_params_api = pathValue;
    else
      throw new Error(
        `GENESYSCLOUD_GATEWAY_PATH_NAME: "${pathName}" is invalid; use "login" or "api".`,
      );
  }
  return gateway;
}

/**
 * Login and API base URLs, built as the SDK builds them (`Configuration.getConfUrl` and
 * `setEnvironment` in purecloud-platform-client-v2): a gateway replaces both hosts, each with its
 * own optional path prefix; otherwise login.<env> and api.<env> over https.
 */
export function genesysEndpoints(environment: string, gateway?: GatewaySettings): GenesysEndpoints {
  if (gateway && gateway.host) {
    const origin = `${gateway.protocol || "https"}://${gateway.host}${gateway.port ? `:${gateway.port}` : ""}`;
    const prefix = (value: string | undefined) => {
      const trimmed = (value ?? "").replace(/\/+$/, "");
      return trimmed === "" ? "" : trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
    };
    return {
      loginUrl: origin + prefix(gateway.path_params_login),
      apiUrl: origin + prefix(gateway.path_params_api),
    };
  }
  const host = environment
    .replace(/^https?:\/\//, "")
    .replace(/^(api|login|apps)\./, "")
    .replace(/\/+$/, "");
  return { loginUrl: `https://login.${host}`, apiUrl: `https://api.${host}` };
}
