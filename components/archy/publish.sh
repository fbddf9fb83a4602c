# Publishes the flow YAML read from stdin with Archy, prints {"flowId","flowName"} on stdout, and
# deletes the previously published flow when the new publish produced a different flow (a renamed
# flow is a new flow in Genesys). Used for both create and update.
: "${ARCHY_LOCATION:?ARCHY_LOCATION (the Genesys Cloud environment, e.g. mypurecloud.com) is not set}"
: "${ARCHY_FLOW_NAME:?ARCHY_FLOW_NAME is not set}"
: "${ARCHY_FLOW_TYPE:?ARCHY_FLOW_TYPE is not set}"
resolve_archy
require_node
require_credentials
make_workdir
write_options_file

FLOW_FILE="$WORKDIR/flow.yaml"
cat >"$FLOW_FILE"
[ -s "$FLOW_FILE" ] || fail "no flow YAML on stdin for '$ARCHY_FLOW_NAME'"

# Archy's own output goes to stderr: stdout carries only the result JSON.
set +e
"$ARCHY" publish \
  --file "$FLOW_FILE" \
  --optionsFile "$OPTIONS_FILE" \
  --location "$ARCHY_LOCATION" \
  --forceUnlock \
  --resultsFile "$WORKDIR/results.json" \
  </dev/null 1>&2
archy_status=$?
set -e
[ "$archy_status" -eq 0 ] || fail "archy publish of '$ARCHY_FLOW_NAME' failed (exit $archy_status); Archy's messages are above"

genesys_api finish-publish "$WORKDIR/results.json"
