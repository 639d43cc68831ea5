#!/bin/sh
# Starts the Temporal server in its container (tools/cluster/temporal/Dockerfile) the way `npm run start:cluster`
# starts it on one machine: the shared setup-schema.sh, then the server on the shared config file. Only the
# addresses differ, and only here: a container is reached over its network, not over loopback.
set -eu

# Every interface, so the api, the workers, the Web UI and the published port reach the frontend.
export TEMPORAL_BIND_ON_IP="${TEMPORAL_BIND_ON_IP:-0.0.0.0}"
# The address the server's own services find each other at (membership): 0.0.0.0 is no address to call, so
# the container's own. IPv4 first: the config writes it as host:port, which an IPv6 address would break.
if [ -z "${TEMPORAL_BROADCAST_ADDRESS:-}" ]; then
  for address in $(hostname -i); do
    case "$address" in
      *:*) ;;
      *) TEMPORAL_BROADCAST_ADDRESS="$address" && break ;;
    esac
  done
fi
export TEMPORAL_BROADCAST_ADDRESS="${TEMPORAL_BROADCAST_ADDRESS:?the container has no IPv4 address: set TEMPORAL_BROADCAST_ADDRESS}"

# Creates the databases on first start and applies new schema versions after an upgrade; a no-op otherwise.
sh /etc/tdkt/temporal/setup-schema.sh
exec temporal-server --root /etc/tdkt/temporal --config config --env production --allow-no-auth start
