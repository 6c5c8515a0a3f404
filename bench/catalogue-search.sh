#!/usr/bin/env bash
# Latency of the public catalogue search (diacritics-insensitive, trigram index) under load.
# The seeded catalogue is inflated with BENCH_EXTRA_PROCEDURES synthetic published procedures (default 10000,
# copies of the seeded ones with numbered names) so that the planner uses the index as it would on a large catalogue.
#   bench/catalogue-search.sh            BENCH_EXTRA_PROCEDURES=0 bench/catalogue-search.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EXTRA=${BENCH_EXTRA_PROCEDURES:-10000}

export BENCH_SETUP="\$BENCH_PSQL <<SQL
CREATE TEMP TABLE src AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM procedure_versions WHERE status = 'Published';
CREATE TEMP TABLE gen AS SELECT g, gen_random_uuid() AS pid FROM generate_series(1, $EXTRA) g;
INSERT INTO procedures (id, national_code, is_listed) SELECT pid, NULL, true FROM gen;
INSERT INTO procedure_versions (id, procedure_id, number, status, content, created_at, published_at, name, field,
                                deciding_level_code, service_level, applicant_types, search_text)
SELECT gen_random_uuid(), gen.pid, 1, 'Published', s.content, now(), now(), s.name || ' (bản ' || gen.g || ')', s.field,
       s.deciding_level_code, s.service_level, s.applicant_types, s.search_text
FROM gen JOIN src s ON s.n = gen.g % (SELECT count(*) FROM src);
ANALYZE procedures; ANALYZE procedure_versions;
SELECT 'catalogue now holds ' || count(*) || ' published versions' FROM procedure_versions WHERE status = 'Published';
SQL"

exec "$ROOT/bench/api-latency.sh" \
  "/api/v1/procedures?q=cap%20ban%20sao" \
  "/api/v1/procedures?q=C%E1%BA%A5p%20b%E1%BA%A3n%20sao%20v%C4%83n%20b%E1%BA%B1ng" \
  "/api/v1/procedures?q=thanh%20lap%20truong&level=province" \
  "/api/v1/procedures?q=giai%20the%20nhom%20tre&pageSize=50" \
  "/api/v1/procedures?field=DiplomasCertificates&serviceLevel=4"
