"""The soak of docs/RELIABILITY.md: `ansim serve` under a paced mix of lookup, ingest and
hotline traffic from wrk on loopback, for a fixed time.

The mix, per 10 requests: 5 x POST /lookup (a dispatcher, scenes spread over Gangnam,
escape routes included), 3 x POST /fixes (the feed's account, one new fix of a wearer
each), 1 x GET /hotline/cases/{id} (the case's worker), 1 x POST /hotline/fixes (the
liaison: the tagged offender moving near the protected home, so the geofence runs).
wrk 4.1 has no rate option: delay() gives each connection the next slot of one shared
schedule, so a slow answer does not push the schedule back (open loop as far as wrk
allows). The server's resident memory is sampled every 10 s. Usage (soak.sh sets it up):

    soak.py --ansim BIN --port PORT --log FILE [--seconds 600] [--rate 500]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

LUA = r"""
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long sec; long nsec; } ansim_ts;
int clock_gettime(int clock, ansim_ts *t);
]]
local ts = ffi.new("ansim_ts")
local function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.sec) * 1000 + tonumber(ts.nsec) / 1e6
end
local interval = 1000 / RATE
local slot = nil
local n = 0
local scenes = SCENES
local tags = TAGS
local base = os.time({year=2024, month=1, day=1, hour=0}) + THREAD_OFFSET
function delay()
  local t = now_ms()
  if slot == nil then slot = t end
  local mine = slot
  slot = slot + interval
  if mine <= t then return 0 end
  return mine - t
end
function request()
  n = n + 1
  local k = n % 10
  if k < 5 then
    local s = scenes[(n % #scenes) + 1]
    return wrk.format("POST", "/lookup", {["Content-Type"]="application/json", ["Authorization"]="Bearer DISPATCHER"}, s)
  elseif k < 8 then
    local tag = tags[(n % #tags) + 1]
    local at = os.date("!%Y-%m-%dT%H:%M:%SZ", base + n)
    local body = string.format('{"tag":"%s","time":"%s","lon":%.5f,"lat":%.5f}', tag, at,
      127.0276 + (n % 97) * 0.0001, 37.4979 + (n % 89) * 0.0001)
    return wrk.format("POST", "/fixes", {["Content-Type"]="application/x-ndjson", ["Authorization"]="Bearer FEED"}, body)
  elseif k == 8 then
    return wrk.format("GET", "/hotline/cases/CASE", {["Authorization"]="Bearer WORKER"})
  else
    local at = os.date("!%Y-%m-%dT%H:%M:%SZ", base + n)
    local body = string.format('{"fixes":[{"tag":"TAG-SOAK","time":"%s","x":%d,"y":1944690}]}', at, 959100 + (n % 2000))
    return wrk.format("POST", "/hotline/fixes", {["Content-Type"]="application/json", ["Authorization"]="Bearer LIAISON"}, body)
  end
end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ansim", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--rate", type=int, default=500)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    accounts = harness.create_accounts(args.ansim, harness.fresh_prefix())
    tags = subprocess.run([args.ansim, "db", "psql", "-qAt", "-c",
                           "SELECT tag_id FROM monitored_person ORDER BY id LIMIT 200"],
                          capture_output=True, text=True, check=True).stdout.split()
    if not tags:
        sys.exit("soak: no monitored persons in the cluster (the demo's `ansim synth people` makes them)")
    server = harness.Server(args.ansim, args.port, args.log).start()
    try:
        tok = {r: harness.login(args.port, *accounts[r])
               for r in ("dispatcher", "admin", "hotline_worker", "police_liaison")}
        me = {r: json.loads(harness.request(args.port, "GET", "/auth/me", token=tok[r])[1])
              for r in ("hotline_worker", "police_liaison")}
        status, text = harness.request(args.port, "POST", "/hotline/cases", {
            "city_org_id": me["hotline_worker"]["org_id"], "police_org_id": me["police_liaison"]["org_id"],
            "victim_name": "합성 피해자 (soak)", "offender_tag": "TAG-SOAK", "synthetic": True,
        }, token=tok["hotline_worker"])
        if status != 201:
            sys.exit(f"soak: cannot open the case: {status} {text}")
        case = json.loads(text)["id"]
        for who, path, body in [
            ("hotline_worker", f"/hotline/cases/{case}/places", {"kind": "home", "x": 960100, "y": 1944690}),
            ("police_liaison", f"/hotline/cases/{case}/orders",
             {"kind": "no_approach", "starts_on": "2023-01-01", "ends_on": "2030-12-31", "radius_m": 100}),
        ]:
            status, text = harness.request(args.port, "POST", path, body, token=tok[who])
            if status not in (200, 201):
                sys.exit(f"soak: {path}: {status} {text}")
        scenes = [json.dumps({"lon": 127.0276 + dx * 0.004, "lat": 37.4979 + dy * 0.004,
                              "time": "2023-12-31T22:30:00+09:00", "code": 1, "incident_class": "성폭력"})
                  for dx in range(-3, 4) for dy in range(-3, 4)]
        lua = (LUA.replace("RATE", str(args.rate))
               .replace("SCENES", "{" + ",".join("[[" + s + "]]" for s in scenes) + "}")
               .replace("TAGS", "{" + ",".join(f'"{t}"' for t in tags) + "}")
               .replace("THREAD_OFFSET", "0")
               .replace("DISPATCHER", tok["dispatcher"]).replace("FEED", tok["admin"])
               .replace("WORKER", tok["hotline_worker"]).replace("LIAISON", tok["police_liaison"])
               .replace("CASE", str(case)))
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
        script.write(lua)
        script.close()
        samples = []
        done = threading.Event()

        def sample():
            while not done.is_set():
                samples.append((time.time(), server.rss_kib()))
                done.wait(10)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.time()
        out = subprocess.run(["wrk", "-t", "1", "-c", str(args.connections), "-d", f"{args.seconds}s", "--latency",
                              "-s", script.name, f"http://127.0.0.1:{args.port}"], capture_output=True, text=True)
        done.set()
        sampler.join()
        samples.append((time.time(), server.rss_kib()))
        os.unlink(script.name)
    finally:
        server.stop()
    text = out.stdout
    pick = lambda pattern: (re.search(pattern, text) or [None, "?"])[1]  # noqa: E731
    requests = pick(r"(\d+) requests in")
    non2xx = pick(r"Non-2xx or 3xx responses: (\d+)") if "Non-2xx" in text else "0"
    socket_errors = pick(r"Socket errors: (.+)") if "Socket errors" in text else "none"
    log = open(args.log, encoding="utf-8", errors="replace").read()
    server_errors = len(re.findall(r"status=5\d\d", log))
    rss = [kib for _, kib in samples]
    # The series, for a look at its shape (growth from the fixes the engine keeps, or a leak).
    with open(os.path.join(os.path.dirname(os.path.abspath(args.log)), "soak-rss.csv"), "w") as f:
        f.write("seconds,rss_kib\n" + "".join(f"{t - samples[0][0]:.0f},{kib}\n" for t, kib in samples))
    print(f"soak: {args.seconds} s at {args.rate}/s paced, wrk -t1 -c{args.connections}, mix 5 lookup : 3 fixes : "
          f"1 case read : 1 hotline fixes")
    per_second = pick(r"Requests/sec:\s+([\d.]+)")
    print(f"  requests          {requests} ({per_second}/s)")
    print(f"  errors            non-2xx {non2xx}, socket {socket_errors}, 5xx in the server log {server_errors}")
    for q in ("50%", "90%", "99%"):
        value = pick(re.escape(q) + r"\s+([\d.]+\w+)")
        print(f"  latency {q:<6}    {value}")
    print(f"  server RSS        start {rss[0] / 1024:.0f} MiB, end {rss[-1] / 1024:.0f} MiB, "
          f"max {max(rss) / 1024:.0f} MiB ({len(rss)} samples, {time.time() - started:.0f} s)")
    if out.returncode != 0:
        print(out.stderr)
    ok = non2xx == "0" and socket_errors == "none" and server_errors == 0 and out.returncode == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
