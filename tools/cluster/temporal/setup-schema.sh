#!/bin/sh
# Creates Temporal's two PostgreSQL databases when missing and brings their schemas to the version
# this server needs. Safe to run at every start: each step is a no-op once done. Shared by
# `npm run start:cluster` (the schema tool built from the server's Go module) and docker-compose.yml
# (the same tool, built the same way, in the image of tools/cluster/temporal/Dockerfile). The caller
# names the tool and the schema folder.
set -eu
: "${TEMPORAL_SQL_TOOL:?the path of temporal-sql-tool}"
: "${TEMPORAL_SCHEMA_DIR:?the folder holding temporal/ and visibility/ of schema/postgresql/v12}"
# The tool reads its connection from SQL_*; these are the names the server's own config uses.
export SQL_PLUGIN=postgres12
export SQL_HOST="${POSTGRES_SEEDS:-127.0.0.1}" SQL_PORT="${DB_PORT:-5432}"
export SQL_USER="${POSTGRES_USER:-temporal}" SQL_PASSWORD="${POSTGRES_PWD:-}"

for pair in "${TEMPORAL_DB:-temporal}:temporal" "${TEMPORAL_VISIBILITY_DB:-temporal_visibility}:visibility"; do
  db=${pair%%:*}
  # create-database fails when the database exists: that failure is the "already done" case.
  "$TEMPORAL_SQL_TOOL" --db "$db" create-database >/dev/null 2>&1 || true
  "$TEMPORAL_SQL_TOOL" --db "$db" setup-schema -v 0.0
  "$TEMPORAL_SQL_TOOL" --db "$db" update-schema -d "$TEMPORAL_SCHEMA_DIR/${pair#*:}/versioned"
done
