"use strict";
// Run by the ArchyFlow scripts as `node -e "$GENESYS_API_JS" <command> [args]`. Reads Archy's
// results file and calls the Genesys Cloud flows API with a client-credentials token. Credentials
// come from the environment; nothing secret is printed or put on a command line.
//   finish-publish <results.json>  print {"flowId","flowName"}; delete the previous flow if it differs
//   delete-previous                delete the flow recorded in PULUMI_COMMAND_STDOUT
const fs = require("fs");

function fail(message) {
  process.stderr.write(`archy-flow: ${message}\n`);
  process.exit(1);
}

function required(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set`);
  return value;
}

function endpoints() {
  const location = required("ARCHY_LOCATION");
  const trim = (url) => url.replace(/\/+$/, "");
  return {
    login: trim(process.env.GEO_GENESYS_LOGIN_URL || `https://login.${location}`),
    api: trim(process.env.GEO_GENESYS_API_URL || `https://api.${location}`),
  };
}

let tokenPromise;
function accessToken() {
  tokenPromise ??= (async () => {
    const basic = Buffer.from(
      `${required("GENESYSCLOUD_OAUTHCLIENT_ID")}:${required("GENESYSCLOUD_OAUTHCLIENT_SECRET")}`,
    ).toString("base64");
    const response = await send(`${endpoints().login}/oauth/token`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${basic}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    if (!response.ok)
      fail(
        `Genesys login failed with HTTP ${response.status}; check the OAuth client id, secret and ARCHY_LOCATION`,
      );
    const body = await response.json();
    if (!body.access_token) fail("Genesys login returned no access token");
    return body.access_token;
  })();
  return tokenPromise;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    fail(
      `cannot reach ${new URL(url).origin}: ${(error.cause && error.cause.code) || error.message}`,
    );
  }
}

// 409 (flow locked or busy) and 429 (rate limited) are retried, as the Genesys Terraform provider does for 409.
async function api(method, path) {
  const delayMs = Number(process.env.GEO_GENESYS_RETRY_DELAY_MS ?? 5000);
  for (let attempt = 1; ; attempt++) {
    const response = await send(`${endpoints().api}${path}`, {
      method,
      headers: { Authorization: `Bearer ${await accessToken()}`, Accept: "application/json" },
    });
    if ((response.status === 409 || response.status === 429) && attempt < 6) {
      await sleep(delayMs);
      continue;
    }
    const text = await response.text();
    return { status: response.status, body: text ? safeJson(text) : undefined, text };
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function previousFlow() {
  const stdout = process.env.PULUMI_COMMAND_STDOUT;
  if (!stdout) return undefined;
  const previous = safeJson(stdout);
  if (!previous || typeof previous.flowId !== "string" || previous.flowId === "") {
    fail(
      `the recorded output ${JSON.stringify(stdout.slice(0, 200))} is not {"flowId","flowName"}; delete that flow in Architect yourself, then remove this resource from the stack state`,
    );
  }
  return previous;
}

async function deleteFlow(flow) {
  const { status, text } = await api("DELETE", `/api/v2/flows/${encodeURIComponent(flow.flowId)}`);
  if (status === 404) {
    process.stderr.write(
      `archy-flow: flow ${flow.flowId} (${flow.flowName}) was already deleted\n`,
    );
    return;
  }
  if (status < 200 || status >= 300) {
    fail(
      `deleting flow ${flow.flowId} (${flow.flowName}) failed with HTTP ${status}: ${text.slice(0, 500)}`,
    );
  }
  process.stderr.write(`archy-flow: deleted flow ${flow.flowId} (${flow.flowName})\n`);
}

// Used when Archy's results file carries no flow id: the flow is looked up by its exact name and type.
async function findFlowId(name, type) {
  const query = new URLSearchParams({ type, name, pageSize: "100" });
  const { status, body, text } = await api("GET", `/api/v2/flows?${query}`);
  if (status !== 200 || !body)
    fail(`looking up flow '${name}' failed with HTTP ${status}: ${text.slice(0, 500)}`);
  const matches = (body.entities || []).filter(
    (e) => e.name === name && String(e.type).toLowerCase() === type,
  );
  if (matches.length !== 1)
    fail(`expected one ${type} flow named '${name}' after publishing, found ${matches.length}`);
  return matches[0].id;
}

async function finishPublish(resultsFile) {
  const flowName = required("ARCHY_FLOW_NAME");
  const flowType = required("ARCHY_FLOW_TYPE");
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
  } catch (error) {
    fail(`Archy left no readable results file: ${error.message}`);
  }
  if (results.status !== "success") {
    fail(
      `Archy reported status '${results.status}' (exit code ${results.exitCode}) for '${flowName}'`,
    );
  }
  const output = results.output || {};
  if (typeof output.flowName === "string" && output.flowName !== flowName) {
    fail(`Archy published '${output.flowName}', expected '${flowName}'`);
  }
  const flowId =
    typeof output.flowId === "string" && output.flowId
      ? output.flowId
      : await findFlowId(flowName, flowType);
  const previous = previousFlow();
  if (previous && previous.flowId !== flowId) await deleteFlow(previous);
  process.stdout.write(JSON.stringify({ flowId, flowName }));
}

async function deletePrevious() {
  const previous = previousFlow();
  if (!previous) {
    process.stderr.write("archy-flow: no published flow is recorded; nothing to delete\n");
    return;
  }
  await deleteFlow(previous);
}

async function main(command, args) {
  if (typeof fetch !== "function")
    fail(`node ${process.version} has no fetch; use Node.js 18 or later`);
  if (command === "finish-publish" && args.length === 1) return finishPublish(args[0]);
  if (command === "delete-previous" && args.length === 0) return deletePrevious();
  fail(`unknown command: ${[command, ...args].join(" ")}`);
}

main(process.argv[1], process.argv.slice(2)).catch((error) =>
  fail(error && error.message ? error.message : String(error)),
);
