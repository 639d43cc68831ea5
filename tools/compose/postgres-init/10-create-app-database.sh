#!/bin/bash
# Runs once, when the postgres container initialises an empty data volume.
# The application gets its own role and database so that it never holds the superuser
# credentials Temporal's auto-setup needs for creating its own databases.
set -euo pipefail

: "${TDKT_DB_PASSWORD:?TDKT_DB_PASSWORD must be set}"

# The password goes in as a psql variable (:'app_password'), which psql quotes itself,
# so no character in it can break out of the SQL literal.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set app_password="$TDKT_DB_PASSWORD" <<'SQL'
CREATE ROLE tdkt LOGIN PASSWORD :'app_password';
CREATE DATABASE tdkt OWNER tdkt ENCODING 'UTF8' TEMPLATE template0;
SQL
