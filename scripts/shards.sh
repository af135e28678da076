#!/usr/bin/env bash
# The operational store's CI-sized sharding simulation (docs/SCALE.md, "Operational store"):
# a coordinator and two shard clusters on local Unix sockets, each an ordinary Ansim
# embedded cluster (ansim db init/migrate, so the schema is the normal one), then
#   - on each shard: the event tables RANGE-partitioned by month (sql/shard/shard.sql);
#   - on the coordinator: postgres_fdw, the event tables LIST-partitioned by agency, each
#     agency's months foreign tables on its shard (sql/shard/coordinator.sql);
#   - reference tables copied to the shards by logical replication (publication on the
#     coordinator, one subscription per shard; the coordinator runs with wal_level=logical).
# Data goes in through the normal ETL (ansim etl load) pointed at the coordinator.
#
#   scripts/shards.sh up DIR       create (if needed) and start the three clusters; idempotent
#   scripts/shards.sh load DIR     reference data + synthetic events of both agencies → coordinator
#   scripts/shards.sh single DIR   the same event files into one ordinary cluster DIR/single (the baseline)
#   scripts/shards.sh all DIR      up + load
#   scripts/shards.sh status DIR   clusters, placements, rows per agency
#   scripts/shards.sh stop DIR     stop every cluster of DIR (also DIR/single)
#   scripts/shards.sh replica DIR SHARD   a streaming read replica of SHARD in DIR/SHARD_replica
#   scripts/shards.sh url DIR NAME the libpq URL of coordinator | shard_a | shard_b | single | …_replica
#
# Works as root (the servers run as the system user ansim, as for `ansim db`) and as a
# normal user. Settings: ANSIM_BIN (default .build/debug/ansim), SHARD_FRACTION (0.02),
# SHARD_CALL_SAMPLE (0.03), SHARD_RISK_SITES (1: also load bars and lodging),
# SHARD_FIRST_MONTH / SHARD_LAST_MONTH (2023-01-01 / 2024-12-01), ANSIM_DATA.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ANSIM=${ANSIM_BIN:-$ROOT/.build/debug/ansim}
FRACTION=${SHARD_FRACTION:-0.02}
FIRST_MONTH=${SHARD_FIRST_MONTH:-2023-01-01}
LAST_MONTH=${SHARD_LAST_MONTH:-2024-12-01}
DATA=${ANSIM_DATA:-/work/shared/data}
[ -f "$DATA/SOURCES.md" ] || DATA=$(cd "$ROOT/../shared/data" 2>/dev/null && pwd || echo "$DATA")
# agency:shard:seed — one agency per shard in the simulation.
PLACEMENT=(seoul:shard_a:42 gyeonggi_nambu:shard_b:43)
CALL_SAMPLE=${SHARD_CALL_SAMPLE:-0.03}
# What `ansim synth incidents` needs, in load order (boundaries before population).
REFERENCE_FILES=(
  boundaries/hangjeongdong_seoul_2021.geojson boundaries/seoul_gu_juso2015.geojson
  population/seoul_dong_population_2021Q2.tsv crime_stats/seoul_gu_5crimes_2023.csv
  police/seoul_police_stations_qw2022.csv police/seoul_police_boxes_qw2022.csv
)
# Bars and lodging only steer where the synthetic model puts incidents; they take most
# of the reference loading time, so the CI-sized run leaves them out unless asked.
if [ "${SHARD_RISK_SITES:-0}" = 1 ]; then
  REFERENCE_FILES+=(risk_factors/seoul_entertainment_bars_localdata_qw2022.csv
    risk_factors/seoul_lodging_localdata_qw2022.csv)
fi
REFERENCE_TABLES=(agency admin_area admin_area_centroid police_org population_dong crime_stat)

die() { echo "shards: $*" >&2; exit 1; }
log() { echo "shards: [$(date +%T)] $*" >&2; }

[ $# -ge 2 ] || die "usage: $0 up|load|single|all|status|stop|url DIR [NAME]"
CMD=$1
DIR=$2
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
[ -x "$ANSIM" ] || die "no ansim binary at $ANSIM (swift build --product ansim, or set ANSIM_BIN)"
cd /  # the server's account must not need the caller's working folder

# ansim against one cluster folder (never a server from the environment).
ansim_in() {
  local name=$1
  shift
  env -u DATABASE_URL -u PGHOST -u PGPORT -u PGUSER -u PGDATABASE -u PGSERVICE \
    ANSIM_HOME="$DIR/$name" ANSIM_SQL_DIR="$ROOT/sql" "$ANSIM" "$@"
}
url() { ansim_in "$1" db url; }
# URLs resolved once per run (each `ansim db url` costs a process start).
declare -A URLS=()
resolve() { for name in "$@"; do URLS[$name]=$(url "$name"); done; }
sql() {
  local name=$1
  shift
  [ -n "${URLS[$name]:-}" ] || die "internal: no URL resolved for $name"
  psql -X -q -v ON_ERROR_STOP=1 "${URLS[$name]}" "$@"
}
value() { sql "$1" -Atc "$2"; }
socket_dir() { value "$1" "SHOW unix_socket_directories"; }
shards() { for p in "${PLACEMENT[@]}"; do IFS=: read -r _ s _ <<<"$p"; echo "$s"; done; }

cmd_up() {
  # The clusters are independent: create and migrate them at once.
  local pids=() name
  for name in coordinator $(shards); do
    ansim_in "$name" db init >/dev/null &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || die "ansim db init failed"; done
  for name in coordinator $(shards); do
    resolve "$name"
    log "$name: $(socket_dir "$name")"
  done
  # Logical decoding for the reference publication (the embedded default is minimal).
  if [ "$(value coordinator 'SHOW wal_level')" != logical ]; then
    sql coordinator -c "ALTER SYSTEM SET wal_level = logical" -c "ALTER SYSTEM SET max_wal_senders = 10" \
      -c "ALTER SYSTEM SET max_replication_slots = 10"
    ansim_in coordinator db stop >/dev/null
    ansim_in coordinator db start >/dev/null
    log "coordinator: restarted with wal_level = logical"
  fi
  for name in $(shards); do
    sql "$name" -f "$ROOT/sql/shard/shard.sql" >/dev/null
    value "$name" "SELECT ansim_shard_add_months('$FIRST_MONTH', '$LAST_MONTH')" >/dev/null
  done
  sql coordinator -f "$ROOT/sql/shard/agencies.sql" -f "$ROOT/sql/shard/coordinator.sql" >/dev/null
  for p in "${PLACEMENT[@]}"; do
    IFS=: read -r agency shard _ <<<"$p"
    value coordinator "SELECT ansim_coordinator_add_shard('$shard', '$(socket_dir "$shard")')" >/dev/null
    value coordinator "SELECT ansim_coordinator_add_agency('$agency', '$shard', '$FIRST_MONTH', '$LAST_MONTH')" \
      >/dev/null
  done
  local coordinator_socket
  coordinator_socket=$(socket_dir coordinator)
  for name in $(shards); do
    if [ "$(value "$name" "SELECT count(*) FROM pg_subscription WHERE subname = 'ansim_reference_$name'")" = 0 ]; then
      # The shard's copies start empty (the migrations seed `agency`); the subscription fills them.
      sql "$name" -c "SET client_min_messages = warning" -c "TRUNCATE $(IFS=,; echo "${REFERENCE_TABLES[*]}") CASCADE"
      sql "$name" -c "CREATE SUBSCRIPTION ansim_reference_$name
        CONNECTION 'host=$coordinator_socket port=5432 dbname=ansim user=ansim'
        PUBLICATION ansim_reference WITH (slot_name = 'ansim_reference_$name')"
      log "$name: subscribed to the coordinator's reference tables"
    fi
  done
  wait_for_reference
  log "up: coordinator + $(shards | tr '\n' ' ')in $DIR"
}

# Waits until every shard's copy of every reference table has the coordinator's row count.
wait_for_reference() {
  local counts expected got
  counts=$(for t in "${REFERENCE_TABLES[@]}"; do echo "(SELECT count(*) FROM $t)"; done | paste -sd,)
  expected=$(value coordinator "SELECT ARRAY[$counts]")
  for name in $(shards); do
    for _ in $(seq 1 120); do
      got=$(value "$name" "SELECT ARRAY[$counts]")
      [ "$got" = "$expected" ] && break
      sleep 0.5
    done
    [ "$got" = "$expected" ] || die "$name: reference tables $got, coordinator $expected (replication stalled?)"
  done
}

# Loads the reference files (unless $2 = events) and both agencies' synthetic events
# into cluster $1; the synthetic files are written once, from the first cluster loaded.
load_into() {
  local name=$1 what=${2:-all}
  if [ "$what" = all ]; then
    for f in "${REFERENCE_FILES[@]}"; do
      ansim_in "$name" etl load "$DATA/$f" --json | jq -c '{source, rows_read, rows_loaded}' >&2
    done
  fi
  mkdir -p "$DIR/sources"
  cp "$ROOT"/data/sources/*.json "$ROOT"/data/shard-sources/*.json "$DIR/sources/"
  for p in "${PLACEMENT[@]}"; do
    IFS=: read -r agency _ seed <<<"$p"
    local out="$DIR/synth/synth-$agency-$seed" suffix=""
    [ "$agency" = seoul ] || suffix="_$agency"
    if [ ! -f "$out/manifest.json" ]; then
      ansim_in "$name" synth incidents --seed "$seed" --fraction "$FRACTION" \
        --call-sample "$CALL_SAMPLE" --out "$out" >&2
    fi
    ANSIM_SOURCES_DIR="$DIR/sources" ansim_in "$name" etl load "$out/incidents.csv" \
      --source "incidents_export$suffix" --json | jq -c '{source, rows_read, rows_loaded}' >&2
    ANSIM_SOURCES_DIR="$DIR/sources" ansim_in "$name" etl load "$out/calls_112.csv" \
      --source "calls_112_export$suffix" --json | jq -c '{source, rows_read, rows_loaded}' >&2
  done
}

cmd_load() {
  resolve coordinator $(shards)
  load_into coordinator
  wait_for_reference
  log "load: done; rows per agency:"
  cmd_counts coordinator
}

cmd_single() {
  [ -f "$DIR/synth/synth-seoul-42/manifest.json" ] || die "run \`$0 load $DIR\` first (it writes the synthetic files)"
  ansim_in single db init >/dev/null
  resolve single
  sql single -f "$ROOT/sql/shard/agencies.sql" >/dev/null
  load_into single events
  cmd_counts single
}

# A streaming read replica of shard $1: wal_level=replica and a replication rule on the
# shard (restart once), pg_basebackup -R as the server's account, started as an
# ordinary embedded cluster folder with its own socket.
cmd_replica() {
  local shard=$1 replica="$1_replica" hba owner
  resolve "$shard"
  if [ "$(value "$shard" 'SHOW wal_level')" = minimal ]; then
    sql "$shard" -c "ALTER SYSTEM SET wal_level = replica" -c "ALTER SYSTEM SET max_wal_senders = 5"
    ansim_in "$shard" db stop >/dev/null
    ansim_in "$shard" db start >/dev/null
    log "$shard: restarted with wal_level = replica"
  fi
  hba=$(value "$shard" 'SHOW hba_file')
  if ! grep -q '^local[[:space:]]\+replication[[:space:]]\+ansim' "$hba"; then
    printf 'local   replication  ansim  trust\n' >>"$hba"
    value "$shard" 'SELECT pg_reload_conf()' >/dev/null
  fi
  if [ ! -f "$DIR/$replica/pg15/PG_VERSION" ]; then
    owner=$(stat -c %U "$(value "$shard" 'SHOW data_directory')")
    mkdir -p "$DIR/$replica"
    chmod 755 "$DIR/$replica"
    [ "$(id -u)" = 0 ] && chown "$owner" "$DIR/$replica"
    local as=()
    [ "$(id -u)" = 0 ] && as=(runuser -u "$owner" --)
    "${as[@]}" /usr/lib/postgresql/15/bin/pg_basebackup -D "$DIR/$replica/pg15" -R -X stream -c fast \
      -d "host=$(socket_dir "$shard") port=5432 user=ansim"
    log "$replica: base backup of $shard taken"
  fi
  ansim_in "$replica" db start >/dev/null
  resolve "$replica"
  log "$replica: in recovery = $(value "$replica" 'SELECT pg_is_in_recovery()'), $(socket_dir "$replica")"
}

cmd_counts() {
  sql "$1" -c "SELECT 'incident' AS event_table, agency, count(*) FROM incident GROUP BY 1, 2
               UNION ALL SELECT 'call_112', agency, count(*) FROM call_112 GROUP BY 1, 2 ORDER BY 1, 2"
}

cmd_status() {
  resolve coordinator
  for name in coordinator $(shards) single; do
    [ -d "$DIR/$name" ] || continue
    echo "$name: $(ansim_in "$name" db status --json | jq -r '.server.state // .state // "?"' 2>/dev/null)"
  done
  sql coordinator -c "SELECT * FROM shard_placement ORDER BY 1, 2"
  cmd_counts coordinator
}

cmd_stop() {
  for name in coordinator $(shards) single $(shards | sed 's/$/_replica/'); do
    [ -d "$DIR/$name" ] && ansim_in "$name" db stop >/dev/null 2>&1 || true
  done
  log "stopped the clusters in $DIR"
}

case $CMD in
  up) cmd_up ;;
  load) cmd_load ;;
  single) cmd_single ;;
  all)
    cmd_up
    cmd_load
    ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  replica) cmd_replica "${3:?shard: shard_a or shard_b}" ;;
  url) url "${3:?name: coordinator, shard_a, shard_b or single}" ;;
  *) die "unknown command $CMD" ;;
esac
