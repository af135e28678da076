#!/usr/bin/env bash
# Crash and fault injection (issue 14; docs/RELIABILITY-faults.md).
#
# On a fresh ANSIM_HOME with the shipped data, injects each fault, lets Ansim recover by
# itself, and checks the outcome against the source: one line per case,
#
#   case | injected at | outcome | rows expected | rows found | lost | duplicated | audit chain | recovered
#
#   scripts/hardening/faults.sh                 every case
#   scripts/hardening/faults.sh etl report      some: etl report pg-copy pg-xact disk serve scheduler
#
# Environment: ANSIM (the binary; default .build/release/ansim, else .build/debug/ansim),
# ANSIM_DATA (the shared data; default ../shared/data), FAULTS_WORK (scratch folder;
# default .ansim-faults-run, removed first), FAULTS_DISK_MB (tmpfs headroom over the new cluster, default 12).
# Works as root (the cluster runs as ANSIM_SERVER_USER) and as a normal user; the full-disk
# case mounts a tmpfs and is skipped, with a message, when not root. Exit status 1 when a
# case lost or duplicated rows, or its audit chain failed.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"
ANSIM=${ANSIM:-${ANSIM_BIN:-}}
if [[ -z "$ANSIM" ]]; then
    for b in .build/release/ansim .build/debug/ansim; do [[ -x "$b" ]] && ANSIM="$REPO/$b" && break; done
fi
[[ -n "$ANSIM" && -x "$ANSIM" ]] || { echo "faults.sh: no ansim binary (build it, or set ANSIM)" >&2; exit 1; }
export ANSIM_SQL_DIR=${ANSIM_SQL_DIR:-$REPO/sql}
export ANSIM_DATA=${ANSIM_DATA:-$(cd "$REPO/../shared/data" 2>/dev/null && pwd || echo "$REPO/../shared/data")}
[[ -d "$ANSIM_DATA" ]] || { echo "faults.sh: no shared data at $ANSIM_DATA (set ANSIM_DATA)" >&2; exit 1; }
WORK=${FAULTS_WORK:-$REPO/.ansim-faults-run}
CASES=("$@")
[[ ${#CASES[@]} -gt 0 ]] || CASES=(etl report pg-copy pg-xact disk serve scheduler)
for c in "${CASES[@]}"; do
    case "$c" in etl | report | pg-copy | pg-xact | disk | serve | scheduler) ;;
    *) echo "faults.sh: unknown case $c (etl report pg-copy pg-xact disk serve scheduler)" >&2; exit 64 ;;
    esac
done

rm -rf "$WORK"
mkdir -p "$WORK"
export ANSIM_HOME=$WORK/home
SECRETS=$(mktemp -d /tmp/ansim-faults-secrets.XXXXXX) # key files may not live in a checkout
STARTED=()                                             # PIDs this script started
MOUNTED=""
cleanup() {
    local p
    for p in "${STARTED[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    "$ANSIM" db stop >/dev/null 2>&1 || true
    if [[ -n "$MOUNTED" ]]; then
        ANSIM_HOME=$MOUNTED "$ANSIM" db stop >/dev/null 2>&1 || true
        umount "$MOUNTED" 2>/dev/null || umount -l "$MOUNTED" 2>/dev/null || true
    fi
    rm -rf "$SECRETS"
}
trap cleanup EXIT

ROWS=()
FAILED=0
log() { printf '  %s\n' "$*" >&2; }
ansim() { timeout "${T:-900}" "$ANSIM" "$@"; }
url() { "$ANSIM" db url; }
sql() { psql "$(url)" -XtAq -v ON_ERROR_STOP=1 -c "$1"; }
# The number of records of a CSV file after its header lines (the source definition's
# `header_rows`, default 1; quotes and line breaks as RFC 4180; any ASCII-compatible
# encoding), counted independently of Ansim.
csv_rows() { # file source-id
    python3 - "$1" "$2" "$REPO/data/sources" <<'EOF'
import csv, glob, json, sys
header = 1
for path in glob.glob(sys.argv[3] + "/*.json"):
    defs = json.load(open(path))
    for d in defs if isinstance(defs, list) else [defs]:
        if d.get("id") == sys.argv[2]:
            header = d.get("header_rows", 1)
with open(sys.argv[1], encoding="latin-1", newline="") as f:
    print(sum(1 for _ in csv.reader(f)) - header)
EOF
}
json() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d[sys.argv[2]])' "$1" "$2"; }
audit() { if ansim audit verify >"$WORK/audit.out" 2>&1; then echo verified; else echo "FAILED: $(tail -1 "$WORK/audit.out")"; fi; }
# Waits until `sql` returns a positive number while process $2 lives; prints the seconds waited.
wait_sql() {
    local q=$1 pid=$2 t0=$SECONDS n
    while kill -0 "$pid" 2>/dev/null; do
        n=$(sql "$q" 2>/dev/null || echo 0)
        if [[ "${n:-0}" -gt 0 ]]; then
            echo $((SECONDS - t0))
            return 0
        fi
        sleep 0.05
    done
    return 1
}
row() { # case injected outcome expected found audit recovered [lost duplicated]
    local lost=0 dup=0
    if [[ $# -ge 9 ]]; then
        lost=$8
        dup=$9
    elif [[ "$4" =~ ^[0-9]+$ && "$5" =~ ^[0-9]+$ ]]; then
        ((lost = $4 > $5 ? $4 - $5 : 0)) || true
        ((dup = $5 > $4 ? $5 - $4 : 0)) || true
    else
        lost=-
        dup=-
    fi
    [[ "$lost" == 0 || "$lost" == - ]] && [[ "$dup" == 0 || "$dup" == - ]] && [[ "$6" == verified || "$6" == - ]] && [[ "$7" == yes* || "$7" == skipped* ]] || FAILED=1
    [[ "$3" == *MISMATCH* || "$3" == *reload-failed* ]] && FAILED=1
    local line="$1 | $2 | $3 | $4 | $5 | $lost | $dup | $6 | $7"
    ROWS+=("$line")
    echo "$line"
}
postmaster_pid() { head -1 "$ANSIM_HOME/pg15/postmaster.pid"; }
loader_backend() { sql "SELECT coalesce(max(backend_pid), 0) FROM etl_run WHERE status = 'running'"; }
# Loads a file again after a fault and checks it: prints "expected found note".
reload_and_count() { # file table tag
    local f=$1 table=$2 tag=$3 src read q d run found distinct dupkeys qrows again unchanged note=""
    ansim etl load "$f" --json >"$WORK/$tag.json" 2>"$WORK/$tag.err" || {
        log "reload failed: $(tail -1 "$WORK/$tag.err")"
        echo "- - reload-failed"
        return
    }
    src=$(json "$WORK/$tag.json" source)
    read=$(json "$WORK/$tag.json" rows_read)
    q=$(json "$WORK/$tag.json" rows_quarantined)
    d=$(json "$WORK/$tag.json" rows_duplicate)
    run=$(json "$WORK/$tag.json" run_id)
    found=$(sql "SELECT count(*) FROM $table WHERE source = '$src'")
    distinct=$(sql "SELECT count(DISTINCT (source_file, source_key)) FROM $table WHERE source = '$src'" 2>/dev/null ||
        sql "SELECT count(DISTINCT source_key) FROM $table WHERE source = '$src'")
    dupkeys=$((found - distinct))
    qrows=$(sql "SELECT count(*) FROM etl_quarantine WHERE run_id = $run")
    [[ "$qrows" == $((q + d)) ]] || note+=" quarantine table $qrows != $q+$d;"
    if [[ "$f" == *.csv ]]; then
        local src_rows
        src_rows=$(csv_rows "$f" "$src")
        [[ "$src_rows" == "$read" ]] || note+=" file has $src_rows records, ETL read $read;"
    fi
    ansim etl load "$f" --json >"$WORK/$tag-again.json" 2>"$WORK/$tag-again.err"
    again=$(json "$WORK/$tag-again.json" rows_loaded)
    unchanged=$(json "$WORK/$tag-again.json" rows_unchanged)
    [[ "$again" == 0 ]] || note+=" third load changed $again rows;"
    log "$src: read $read = expected $((read - q - d)) + quarantined $q + duplicate $d; table $found rows ($dupkeys repeated keys); again: $again loaded, $unchanged unchanged"
    [[ -z "$note" ]] && note=exact || note="MISMATCH:$note"
    echo "$((read - q - d)) $found $note"
}

start_cluster() { ansim db start >"$WORK/db-start.out" 2>&1; }

# ---------------------------------------------------------------- 1. kill -9 of ansim mid-load
case_etl() {
    local f=$ANSIM_DATA/cctv/seoul_cctv_points_ando2021.csv pid t at killed_run status visible r
    echo "== etl: kill -9 of 'ansim etl load' mid-COPY, then the same load twice" >&2
    "$ANSIM" etl load "$f" --json >"$WORK/etl-killed.json" 2>"$WORK/etl-killed.err" &
    pid=$!
    if t=$(wait_sql "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY ansim_stage%'" "$pid"); then
        sleep 0.3
        killed_run=$(sql "SELECT coalesce(max(id), 0) FROM etl_run WHERE status = 'running'")
        kill -9 "$pid" 2>/dev/null && at="COPY of cctv_seoul_ando2021 (+${t}s), run $killed_run" || at="missed: the load ended first"
    else
        at="missed: the load ended first"
        killed_run=0
    fi
    wait "$pid" 2>/dev/null || true
    visible=$(sql "SELECT count(*) FROM cctv WHERE source = 'cctv_seoul_ando2021'")
    read -r exp found note < <(reload_and_count "$f" cctv etl)
    status=$(sql "SELECT coalesce((SELECT status FROM etl_run WHERE id = $killed_run), '-')")
    row "etl-kill" "$at" "$visible rows visible after the kill; killed run $status; rerun $note" "$exp" "$found" "$(audit)" \
        "$([[ $status == aborted || $killed_run == 0 ]] && echo yes || echo "no: run left $status")"
}

# ---------------------------------------------------------------- 2. kill -9 of ansim mid-report
case_report() {
    local out=$WORK/report pid t child at runs ok partial pdfnote st
    echo "== report: kill -9 of 'ansim report run' (and its WeasyPrint) mid-report, then rerun" >&2
    local before
    before=$(sql "SELECT count(*) FROM report_run")
    "$ANSIM" report run --kind weekly --area 강남구 --period 2023-W14 --out "$out" >"$WORK/report-killed.out" 2>&1 &
    pid=$!
    at="missed: the report ended first"
    t0=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        child=$(pgrep -P "$pid" 2>/dev/null | head -1 || true)
        if [[ -n "$child" ]]; then
            pkill -9 -P "$child" 2>/dev/null || true # WeasyPrint's own children, by parent PID
            kill -9 "$pid" "$child" 2>/dev/null || true
            at="WeasyPrint writing report.pdf (+$((SECONDS - t0))s); ansim and WeasyPrint killed"
            break
        fi
        sleep 0.05
    done
    wait "$pid" 2>/dev/null || true
    st=$(sql "SELECT status FROM report_run WHERE id > $before ORDER BY id LIMIT 1")
    partial=$(find "$out" -name '*.pdf*' -printf '%f ' 2>/dev/null || true)
    if [[ -f "$out/report.pdf" ]] && ! python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); sys.exit(0 if d.rstrip().endswith(b"%%EOF") else 1)' "$out/report.pdf"; then
        pdfnote="HALF-WRITTEN report.pdf left under its name"
    elif [[ -f "$out/report.pdf" ]]; then
        pdfnote="report.pdf whole"
    else
        pdfnote="no report.pdf (files: ${partial:-none})"
    fi
    ansim report run --kind weekly --area 강남구 --period 2023-W14 --out "$out" >"$WORK/report-rerun.out" 2>&1 ||
        log "rerun failed: $(tail -1 "$WORK/report-rerun.out")"
    ansim report history --limit 5 >"$WORK/report-history.out" 2>&1 || true
    runs=$(sql "SELECT string_agg(status, ',' ORDER BY id) FROM report_run WHERE id > $before")
    ok=$(sql "SELECT count(*) FROM report_run WHERE id > $before AND status = 'succeeded'")
    row "report-kill" "$at" "after the kill: run $st, $pdfnote; after rerun + history: runs $runs" 1 "$ok" "$(audit)" \
        "$([[ $runs == *running* ]] && echo "no: the killed run stays running" || echo yes)"
}

# ---------------------------------------------------------------- 3. kill -9 of PostgreSQL
case_pg() { # mode: copy (postmaster mid-COPY) | xact (the loading backend mid-transaction, after its COPY)
    local mode=$1 f table pid t victim at out exp found note st backends=""
    if [[ $mode == copy ]]; then
        f=$ANSIM_DATA/risk_factors/seoul_lodging_localdata_qw2022.csv table=risk_site
        echo "== pg-copy: kill -9 of the postmaster mid-COPY, then a command restarts it" >&2
    else
        f=$ANSIM_DATA/risk_factors/security_lights_2021/$(ls "$ANSIM_DATA/risk_factors/security_lights_2021" | grep -i dongdaemun | head -1)
        [[ -f "$f" ]] || f=$(ls -S "$ANSIM_DATA"/risk_factors/security_lights_2021/*.csv | head -1)
        table=risk_site
        echo "== pg-xact: kill -9 of the loading backend mid-transaction (after COPY), then reload" >&2
    fi
    "$ANSIM" etl load "$f" --json >"$WORK/pg-$mode.json" 2>"$WORK/pg-$mode.err" &
    pid=$!
    at="missed: the load ended first"
    if t=$(wait_sql "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY ansim_stage%'" "$pid"); then
        if [[ $mode == copy ]]; then
            victim=$(postmaster_pid)
            backends=$(sql "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE pid <> pg_backend_pid()")
            kill -9 "$victim" && at="postmaster $victim during COPY (+${t}s)"
        else
            local b
            b=$(loader_backend)
            # after COPY: the same backend, in its transaction, moving the staged rows; watched
            # from inside the server (a PL/pgSQL loop), since that phase can last < 100 ms
            local doing
            doing=$(sql "DO \$\$ DECLARE q text; BEGIN LOOP PERFORM pg_stat_clear_snapshot();
                   SELECT left(regexp_replace(query, '\s+', ' ', 'g'), 40) INTO q FROM pg_stat_activity WHERE pid = $b;
                   EXIT WHEN q IS NULL OR q NOT LIKE 'COPY%';
                   PERFORM pg_sleep(0.002); END LOOP; RAISE NOTICE '%', coalesce(q, 'gone'); END \$\$" 2>&1 >/dev/null |
                sed -n 's/^NOTICE: *//p' || true)
            if kill -0 "$pid" 2>/dev/null && [[ "$doing" != gone ]]; then
                kill -9 "$b" && at="backend $b mid-transaction right after its COPY (+${t}s): ${doing:-?}…"
            fi
        fi
    fi
    local rc=0
    wait "$pid" 2>/dev/null || rc=$?
    out="ansim exit $rc: $(tail -1 "$WORK/pg-$mode.err" | cut -c1-110)"
    local n=0 p left=""
    for p in $backends; do # the orphaned backends notice the postmaster's death and exit
        while kill -0 "$p" 2>/dev/null && ((n++ < 200)); do sleep 0.1; done
        kill -0 "$p" 2>/dev/null && left+=" $p"
    done
    [[ -z "$left" ]] || log "backends still alive 20 s after the postmaster's death:$left"
    read -r exp found note < <(reload_and_count "$f" "$table" "pg-$mode")
    st=$(sql "SELECT string_agg(status, ',' ORDER BY id) FROM etl_run WHERE file = '$f' OR file LIKE '%$(basename "$f")'")
    row "pg-kill-$mode" "$at" "$out; runs $st; reload $note" "$exp" "$found" "$(audit)" \
        "$(sql 'SELECT 1' >/dev/null 2>&1 && echo "yes ($(cat "$ANSIM_HOME"/log/* 2>/dev/null | grep -c 'redo done\|all server processes terminated; reinitializing' || true) recovery lines in the server log)" || echo no)"
}

# ---------------------------------------------------------------- 4. full disk
case_disk() {
    local mnt=$WORK/disk f rc used size out exp found note before visible
    echo "== disk: ANSIM_HOME on a small tmpfs, load until ENOSPC, then grow it and rerun" >&2
    if [[ $(id -u) != 0 ]]; then
        row "disk-full" "-" "skipped: mounting a tmpfs needs root (run as root for this case)" - - - "skipped (not root)"
        return
    fi
    mkdir -p "$mnt"
    mount -t tmpfs -o size=400m,mode=0755 ansim-faults "$mnt"
    MOUNTED=$mnt
    local home_before=$ANSIM_HOME
    export ANSIM_HOME=$mnt/home
    ansim db init >"$WORK/disk-init.out" 2>&1
    used=$(df -m --output=used "$mnt" | tail -1 | tr -d ' ')
    size=$((used + ${FAULTS_DISK_MB:-12}))
    mount -o remount,size=${size}m "$mnt"
    log "cluster uses ${used} MB; tmpfs shrunk to ${size} MB"
    rc=0
    f=$ANSIM_DATA/cctv/seoul_cctv_points_ando2021.csv
    local files=("$f" "$ANSIM_DATA"/risk_factors/seoul_*localdata*.csv "$ANSIM_DATA"/risk_factors/security_lights_2021/*.csv)
    local loaded=0 err=""
    for x in "${files[@]}"; do
        ansim etl load "$x" >"$WORK/disk-load.out" 2>"$WORK/disk-load.err" || rc=$?
        if [[ $rc != 0 ]]; then
            err=$(tail -1 "$WORK/disk-load.err")
            f=$x
            break
        fi
        loaded=$((loaded + 1))
        log "loaded $(basename "$x"): $(df -m --output=used "$mnt" | tail -1 | tr -d ' ') MB used of $size"
    done
    out="after $loaded files: exit $rc, $(wc -l <"$WORK/disk-load.err") stderr line(s): ${err:-none}"
    if [[ $rc == 124 ]]; then out="HANG (timeout): $out"; fi
    # No partial rows of the failed file (its run aborted or failed, nothing of it kept).
    local table=risk_site
    [[ "$f" == */cctv/* ]] && table=cctv
    visible=$(sql "SELECT (SELECT count(*) FROM etl_run r WHERE r.file LIKE '%$(basename "$f")' AND r.status = 'succeeded') || ' succeeded runs, ' || (SELECT count(*) FROM $table) || ' rows in $table'" 2>/dev/null || echo "db down")
    mount -o remount,size=2g "$mnt"
    if ! sql 'SELECT 1' >/dev/null 2>&1; then start_cluster || true; fi
    if [[ $rc == 0 ]]; then
        read -r exp found note < <(reload_and_count "$f" cctv disk)
        row "disk-full" "never full (${size} MB)" "no ENOSPC reached: raise the data or lower FAULTS_DISK_MB; $note" "$exp" "$found" "$(audit)" "yes"
    else
        read -r exp found note < <(reload_and_count "$f" "$table" disk)
        row "disk-full" "ENOSPC on a ${size} MB tmpfs loading $(basename "$f")" "$out; before growing: $visible; after growing to 2 GB: reload $note" "$exp" "$found" "$(audit)" \
            "$(sql 'SELECT 1' >/dev/null 2>&1 && echo yes || echo no)"
    fi
    ansim db stop >/dev/null 2>&1 || true
    umount "$mnt"
    MOUNTED=""
    export ANSIM_HOME=$home_before
}

# ---------------------------------------------------------------- 5. server restart during a live push
totp() {
    python3 - "$1" <<'EOF'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
h = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
o = h[-1] & 15
print("%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))
EOF
}
case_serve() {
    local port=$((18000 + RANDOM % 1000)) hook=$((19000 + RANDOM % 1000)) spid hpid secret token
    echo "== serve: kill -9 of 'ansim serve' while it pushes a geofence alert to a webhook, restart" >&2
    ansim hotline keys generate --id 1 >"$SECRETS/field.keys"
    chmod 600 "$SECRETS/field.keys"
    head -c 32 /dev/urandom | base64 >"$SECRETS/session.key"
    chmod 600 "$SECRETS/session.key"
    export ANSIM_FIELD_KEY_FILE=$SECRETS/field.keys ANSIM_SESSION_SECRET_FILE=$SECRETS/session.key
    echo "faults worker password" | ansim account add --username wk.faults --role hotline_worker --org "강남구 스토킹피해자 지원센터" --org-kind city >/dev/null
    secret=$(echo "faults liaison password" | ansim account add --username li.faults --role police_liaison --org 강남경찰서 --org-kind police |
        sed -n 's/.*secret=\([A-Z2-7]*\).*/\1/p' | head -1)
    ansim hotline case open --as wk.faults --city-org "강남구 스토킹피해자 지원센터" --police-org 강남경찰서 \
        --victim-name "합성 피해자" --offender-tag TAG-FAULT --risk high --reason "fault injection (synthetic)" >/dev/null
    ansim hotline order add 1 --as li.faults --kind no_approach --from "$(date -d yesterday +%F)" --to "$(date -d '+90 days' +%F)" \
        --place home:127.0366,37.5005 >/dev/null
    # The webhook: while $SECRETS/hook.mode says hang it takes the request and never answers
    # (the push is in flight); otherwise it records the alerts and answers 204.
    echo hang >"$SECRETS/hook.mode"
    python3 - "$hook" "$SECRETS" <<'EOF' >"$WORK/hook.log" 2>&1 &
import http.server, json, sys, time, os
port, folder = int(sys.argv[1]), sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if open(os.path.join(folder, "hook.mode")).read().strip() == "hang":
            open(os.path.join(folder, "hook.inflight"), "w").write("1")
            time.sleep(3600)
            return
        with open(os.path.join(folder, "hook.jsonl"), "a") as f:
            for a in json.loads(body)["alerts"]:
                f.write(json.dumps(a, sort_keys=True) + "\n")
        self.send_response(204)
        self.end_headers()
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
EOF
    hpid=$!
    STARTED+=("$hpid")
    serve() {
        "$ANSIM" serve --port "$port" --webhook "http://127.0.0.1:$hook/alerts" >>"$WORK/serve.log" 2>&1 &
        spid=$!
        STARTED+=("$spid")
        local n=0
        until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
            sleep 0.2
            ((n++ < 300)) || { echo "ansim serve did not start" >&2; return 1; }
        done
    }
    serve
    token=$(curl -sf "http://127.0.0.1:$port/auth/login" -d "{\"username\":\"li.faults\",\"password\":\"faults liaison password\",\"totp\":\"$(totp "$secret")\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    local now fixes
    now=$(date -u +%s)
    fixes=$(python3 - "$now" <<'EOF'
import json, sys, datetime
t = int(sys.argv[1])
iso = lambda s: datetime.datetime.fromtimestamp(t - 300 + s, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
print(json.dumps({"fixes": [{"tag": "TAG-FAULT", "time": iso(0), "x": 962000, "y": 1944683},
                            {"tag": "TAG-FAULT", "time": iso(60), "x": 960500, "y": 1944683},
                            {"tag": "TAG-FAULT", "time": iso(120), "x": 959120, "y": 1944690}]}))
EOF
)
    sleep 2 # the monitor has loaded the order
    curl -s -m 60 "http://127.0.0.1:$port/hotline/fixes" -H "Authorization: Bearer $token" -d "$fixes" >"$WORK/fixes-1.out" 2>&1 &
    local cpid=$! n=0 at="missed: no push in flight"
    until [[ -f "$SECRETS/hook.inflight" ]] || ((n++ > 200)); do sleep 0.1; done
    if [[ -f "$SECRETS/hook.inflight" ]]; then
        kill -9 "$spid"
        at="webhook POST in flight ($(sql 'SELECT count(*) FROM hotline_alert') alerts committed)"
    fi
    wait "$cpid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    echo ok >"$SECRETS/hook.mode"
    local recorded
    recorded=$(sql "SELECT count(*) FROM hotline_alert")
    serve
    n=0 # the monitor delivers what it finds undelivered at its start
    until [[ -f "$SECRETS/hook.jsonl" && $(wc -l <"$SECRETS/hook.jsonl" 2>/dev/null || echo 0) -ge $recorded ]] || ((n++ >= ${FAULTS_REDELIVERY_WAIT:-30} * 5)); do sleep 0.2; done
    local after_restart
    after_restart=$( [[ -f "$SECRETS/hook.jsonl" ]] && wc -l <"$SECRETS/hook.jsonl" || echo 0)
    # The sender got no answer: it sends the same fixes again (at least once from its side).
    curl -s -m 60 "http://127.0.0.1:$port/hotline/fixes" -H "Authorization: Bearer $token" -d "$fixes" >"$WORK/fixes-2.out" 2>&1 || true
    sleep 1
    local rows distinct delivered distinct_delivered
    rows=$(sql "SELECT count(*) FROM hotline_alert")
    distinct=$(sql "SELECT count(DISTINCT (case_id, place_id, level, fix_at)) FROM hotline_alert")
    delivered=$( [[ -f "$SECRETS/hook.jsonl" ]] && wc -l <"$SECRETS/hook.jsonl" || echo 0)
    distinct_delivered=$( [[ -f "$SECRETS/hook.jsonl" ]] && python3 -c 'import json,sys; print(len({(a["case_id"],a["place_id"],a["level"],a["fix_at"]) for a in map(json.loads, open(sys.argv[1]))}))' "$SECRETS/hook.jsonl" || echo 0)
    kill -TERM "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
    kill -TERM "$hpid" 2>/dev/null || true
    # expected: the alerts recorded (distinct keys); found: those the service delivered by
    # itself after the restart; lost: recorded, never delivered without a resend;
    # duplicated: extra alert rows recorded for the same key when the fixes came again.
    row "serve-kill" "$at" "recorded $recorded before restart; delivered $after_restart after restart (before any resend), $delivered after the sender resent the fixes ($distinct_delivered distinct); alert rows $rows ($distinct distinct)" \
        "$distinct" "$after_restart" "$(audit)" \
        "$([[ $after_restart -ge $recorded && $recorded -gt 0 ]] && echo "yes (redelivered at start)" || echo "no: recorded alerts not delivered after restart")" \
        "$((distinct > after_restart ? distinct - after_restart : 0))" "$((rows - distinct))"
}

# ---------------------------------------------------------------- 6. a scheduler dying mid-run
case_scheduler() {
    local out=$WORK/scheduled sched pid t a b run st attempts n=0 files
    echo "== scheduler: kill -9 of a scheduler mid-run, two more start; the run completes once" >&2
    sched=$(ansim report schedule add --cron @daily --kind weekly --area 강남구 --out "$out" --backoff 1 |
        sed -n 's/^schedule \([0-9]*\):.*/\1/p')
    # one missed firing: the last midnight (Asia/Seoul)
    sql "UPDATE report_schedule SET fired_through = now() - interval '1 day' WHERE id = $sched" >/dev/null
    "$ANSIM" scheduler --interval 1 >"$WORK/scheduler-1.log" 2>&1 &
    pid=$!
    if t=$(wait_sql "SELECT count(*) FROM report_run WHERE schedule_id = $sched AND status = 'running'" "$pid"); then
        sleep 0.5
        pkill -9 -P "$pid" 2>/dev/null || true # its WeasyPrint, by parent PID
        kill -9 "$pid" 2>/dev/null || true
        at="report run in progress (+${t}s)"
    else
        at="missed: the run ended first"
    fi
    wait "$pid" 2>/dev/null || true
    st=$(sql "SELECT string_agg(status, ',') FROM report_run WHERE schedule_id = $sched")
    # (without PDFs: WeasyPrint is the slow part, and the run is the same)
    "$ANSIM" scheduler --interval 1 --no-pdf >"$WORK/scheduler-2.log" 2>&1 &
    a=$!
    "$ANSIM" scheduler --interval 1 --no-pdf >"$WORK/scheduler-3.log" 2>&1 &
    b=$!
    STARTED+=("$a" "$b")
    until [[ $(sql "SELECT count(*) FROM report_run WHERE schedule_id = $sched AND status IN ('succeeded', 'failed')") -gt 0 ]] || ((n++ > 1200)); do sleep 0.5; done
    sleep 3 # a double run would show by now
    kill -TERM "$a" "$b" 2>/dev/null || true
    wait "$a" "$b" 2>/dev/null || true
    run=$(sql "SELECT count(*) FROM report_run WHERE schedule_id = $sched AND status = 'succeeded'")
    attempts=$(sql "SELECT string_agg(status || ' after ' || attempts || ' attempts', ',') FROM report_run WHERE schedule_id = $sched")
    files=$(find "$out" -name figures.json | wc -l)
    row "scheduler-kill" "$at" "after the kill: $st; then 2 schedulers: $attempts; $files figures.json" 1 "$run" "$(audit)" \
        "$([[ $run == 1 ]] && echo yes || echo no)"
}

echo "ansim: $ANSIM ($("$ANSIM" --version 2>/dev/null || echo '?')); data: $ANSIM_DATA; work: $WORK; user: $(id -un)" >&2
ansim db init >"$WORK/db-init.out" 2>&1
ansim etl load "$ANSIM_DATA/boundaries/seoul_gu_juso2015.geojson" >"$WORK/boundaries.out" 2>&1 # the reports' 구
echo "case | injected at | outcome | rows expected | rows found | lost | duplicated | audit chain | recovered"
for c in "${CASES[@]}"; do
    case "$c" in
    etl) case_etl ;;
    report) case_report ;;
    pg-copy) case_pg copy ;;
    pg-xact) case_pg xact ;;
    disk) case_disk ;;
    serve) case_serve ;;
    scheduler) case_scheduler ;;
    esac
done
{
    echo "| case | injected at | outcome | rows expected | rows found | lost | duplicated | audit chain | recovered |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    for r in "${ROWS[@]}"; do echo "| $r |"; done
} >"$WORK/table.md"
echo "(table: $WORK/table.md)" >&2
exit $FAILED
