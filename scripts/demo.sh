#!/usr/bin/env bash
# The main job on the embedded database, with the shipped data:
#   1. create and start the database, apply the schema;
#   2. load every shipped public source (../shared/data or $ANSIM_DATA);
#   3. generate a seeded synthetic year of Seoul incidents and 112 calls (labelled
#      synthetic; docs/SYNTHETIC.md) and load them like a police export;
#   4. show what is in the database;
#   5. synthetic people of concern and one incident-time lookup (docs/LOOKUP.md);
#   6. write the weekly report of 강남경찰서 for 2023-W14 (HTML and PDF).
set -euo pipefail
cd "$(dirname "$0")/.."
ANSIM="${ANSIM_BIN:-.build/release/ansim}"
SEED="${ANSIM_DEMO_SEED:-42}"

echo "== ansim db init"
"$ANSIM" db init
echo
echo "== ansim etl verify            (the shared data folder against data/manifest.json)"
"$ANSIM" etl verify
echo
echo "== ansim etl load-all          (every shipped public source)"
"$ANSIM" etl load-all
echo
echo "== ansim synth incidents --seed $SEED   (synthetic: no real Korean point data is public)"
"$ANSIM" synth incidents --seed "$SEED"
echo
echo "== ansim etl load …/incidents.csv and …/calls_112.csv"
"$ANSIM" etl load "data/generated/synth-$SEED/incidents.csv"
"$ANSIM" etl load "data/generated/synth-$SEED/calls_112.csv"
echo
echo "== ansim roads load …/TL_SPRD_MANAGE.shp   (the Gangnam road-name map → a routable graph)"
"$ANSIM" roads load "${ANSIM_DATA:-../shared/data}/roads/gangnam_juso_roadmap_2019/TL_SPRD_MANAGE.shp" --name gangnam
echo
echo "== ansim patrol plan --box 역삼지구대   (2 cars, a 2-hour shift, on a 7-day ensemble forecast)"
"$ANSIM" patrol plan --box 역삼지구대 --cars 2 --shift 120m --dwell 12m --mode car --graph gangnam \
  --out data/generated/patrol/역삼지구대
echo
echo "== ansim synth people --seed $SEED   (synthetic GPS-tag wearers and registered offenders; docs/LOOKUP.md)"
"$ANSIM" synth people --seed "$SEED" --until 2023-12-31T23:00:00+09:00
echo
echo "== ansim lookup --lon 127.0276 --lat 37.4979 --time 2023-12-31T22:30:00+09:00 --code 1 --class 성폭력   (a 112 call at 강남역)"
"$ANSIM" lookup --lon 127.0276 --lat 37.4979 --time 2023-12-31T22:30:00+09:00 --code 1 --class 성폭력 \
  > data/generated/lookup-example.json
python3 - data/generated/lookup-example.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"  monitored_persons     {len(r['monitored_persons'])} wearers within {r['scene']['radius_m']} m in ±{r['scene']['minutes']} min")
print(f"  registered_offenders  {r['registered_offenders_total']} within {r['scene']['radius_m']} m (top {len(r['registered_offenders'])} listed)")
print(f"  cameras               {len(r['cameras'])} covering the scene")
for mode in ("foot", "car"):
    m = r["escape_routes"].get(mode)
    if m:
        bands = ", ".join(f"{b['minutes']} min {b['road_m'] / 1000:.1f} km/{b['exit_count']} exits" for b in m["bands"])
        print(f"  escape_routes {mode:<5}   {bands}; {m['camera_count']} cameras along them")
p = r["past_incidents"]
print(f"  past_incidents        {p['incidents']['total']} incidents and {p['calls']['total']} calls within {p['radius_m']} m in {p['days']} days")
g = r["guidance"]["responders"][0]
print(f"  guidance              nearest responder {g['name']} ({g['eta_s']:.0f} s by car); {len(r['guidance']['steps'])} steps")
print(f"  synthetic             {r['synthetic']}   (full JSON: {sys.argv[1]})")
PY
echo
echo "== what the database holds"
"$ANSIM" db psql -q -c "SELECT * FROM (
SELECT 'admin_area' AS table, count(*) AS rows, string_agg(DISTINCT level, ', ') AS detail FROM admin_area
UNION ALL SELECT 'population_dong', count(*), sum(population)::text || ' residents' FROM population_dong
UNION ALL SELECT 'police_org', count(*), string_agg(DISTINCT kind, ', ') FROM police_org
UNION ALL SELECT 'cctv', count(*), sum(camera_count)::text || ' cameras' FROM cctv
UNION ALL SELECT 'risk_site', count(*), string_agg(DISTINCT category, ', ') FROM risk_site
UNION ALL SELECT 'road_section', count(*), string_agg(DISTINCT layer, ', ') FROM road_section
UNION ALL SELECT 'osm_line', count(*), count(*) FILTER (WHERE highway IS NOT NULL)::text || ' highways' FROM osm_line
UNION ALL SELECT 'call_for_service', count(*), 'Portland, ' || min(occurred_on) || ' … ' || max(occurred_on) FROM call_for_service
UNION ALL SELECT 'crime_stat', count(*), string_agg(DISTINCT year::text, ', ') FROM crime_stat
UNION ALL SELECT 'incident', count(*), count(*) FILTER (WHERE synthetic)::text || ' synthetic' FROM incident
UNION ALL SELECT 'call_112', count(*), count(*) FILTER (WHERE synthetic)::text || ' synthetic' FROM call_112
UNION ALL SELECT 'monitored_person', count(*), (SELECT count(*) FROM gps_fix)::text || ' GPS fixes (synthetic)' FROM monitored_person
UNION ALL SELECT 'registered_offender', count(*), 'synthetic' FROM registered_offender
UNION ALL SELECT 'etl_quarantine', count(*), 'rows set aside with reasons: ansim etl quarantine' FROM etl_quarantine
) t ORDER BY 1"
echo "== ansim db status"
"$ANSIM" db status
echo
echo "The database keeps running; connect with:  psql \"\$($ANSIM db url)\"   stop with:  $ANSIM db stop"
echo
REPORT=data/generated/reports/강남경찰서/2023-W14
echo "== ansim report run --kind weekly --area 강남경찰서 --period 2023-W14   (docs/REPORTS.md)"
"$ANSIM" report run --kind weekly --area 강남경찰서 --period 2023-W14 --out "$REPORT"
echo
echo "The weekly report of 강남경찰서 for 2023-W14:"
echo "  HTML  $PWD/$REPORT/report.html"
echo "  PDF   $PWD/$REPORT/report.pdf"
echo "  map   $PWD/$REPORT/map.html   (the live map page: ansim serve, then /map; README \"The map page\")"
