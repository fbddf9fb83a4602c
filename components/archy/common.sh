# Shared by the ArchyFlow publish and delete scripts (run as `bash -c`). Credentials come only
# from GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET in the inherited environment
# and are written to a private options file: never to a command line, stdout or a log.
set -euo pipefail
umask 077

fail() {
  printf 'archy-flow: %s\n' "$*" >&2
  exit 1
}

require_credentials() {
  if [ -z "${GENESYSCLOUD_OAUTHCLIENT_ID:-}" ] || [ -z "${GENESYSCLOUD_OAUTHCLIENT_SECRET:-}" ]; then
    fail "GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set in the environment that runs pulumi (a client-credentials OAuth client with the architect permissions)"
  fi
}

require_node() {
  # JSON and the Genesys REST calls are done by node: it runs the Pulumi program, so it is present.
  command -v node >/dev/null 2>&1 || fail "node not found on PATH; it is needed to read Archy's results and call the Genesys API"
}

# Sets ARCHY to the executable named by ARCHY_PATH (a path, or a name looked up on PATH).
resolve_archy() {
  local wanted="${ARCHY_PATH:-archy}"
  ARCHY=""
  case "$wanted" in
    */*) if [ -f "$wanted" ] && [ -x "$wanted" ]; then ARCHY="$wanted"; fi ;;
    *) ARCHY="$(command -v -- "$wanted" 2>/dev/null || true)" ;;
  esac
  if [ -z "$ARCHY" ]; then
    fail "Archy not found at '$wanted': install it (https://developer.genesys.cloud/devapps/archy/) and set genesys-event-orchestration:genesys.archyPath"
  fi
}

# Creates WORKDIR, readable only by this user and removed however the script ends.
make_workdir() {
  WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/archy-flow.XXXXXX")"
  trap 'rm -rf -- "$WORKDIR"' EXIT
  trap 'exit 129' HUP
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# A YAML single-quoted scalar: the only escape is '' for '.
yaml_single_quoted() {
  local quote="'"
  printf "'%s'" "${1//$quote/$quote$quote}"
}

# printf is a builtin, so the secret is never in any process's argv.
write_options_file() {
  case "$GENESYSCLOUD_OAUTHCLIENT_ID$GENESYSCLOUD_OAUTHCLIENT_SECRET" in
    *$'\n'*|*$'\r'*) fail "GENESYSCLOUD_OAUTHCLIENT_ID or GENESYSCLOUD_OAUTHCLIENT_SECRET contains a line break" ;;
  esac
  OPTIONS_FILE="$WORKDIR/options.yaml"
  {
    printf 'clientId: %s\n' "$(yaml_single_quoted "$GENESYSCLOUD_OAUTHCLIENT_ID")"
    printf 'clientSecret: %s\n' "$(yaml_single_quoted "$GENESYSCLOUD_OAUTHCLIENT_SECRET")"
  } >"$OPTIONS_FILE"
}

genesys_api() {
  node -e "$GENESYS_API_JS" "$@"
}
