-- agencies.sql: the simulation's second agency (scripts/shards.sh runs it on the
-- coordinator and on the single comparison cluster; shards receive it by logical
-- replication of `agency`). 경기남부경찰청 stands in for "another 시·도 경찰청": its
-- events in the simulation are a second seeded synthetic run of Seoul's model
-- (docs/SYNTHETIC.md), so its points lie in Seoul. The simulation tests distribution,
-- not geography.
INSERT INTO agency (code, name, country, working_srid, timezone)
VALUES ('gyeonggi_nambu', '경기남부경찰청 (shard simulation: synthetic events from Seoul''s model)', 'KR', 5179,
        'Asia/Seoul')
ON CONFLICT (code) DO NOTHING;
