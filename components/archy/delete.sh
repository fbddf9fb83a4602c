# Deletes the flow recorded in the previous stdout ({"flowId","flowName"}) through the Genesys
# flows API; a flow that is already gone counts as deleted. Archy is not needed here.
: "${ARCHY_LOCATION:?ARCHY_LOCATION (the Genesys Cloud environment, e.g. mypurecloud.com) is not set}"
require_node
require_credentials
genesys_api delete-previous
