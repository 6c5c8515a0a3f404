#!/usr/bin/env bash
# The public result check (GET /api/v1/results/verify/{code}) under load, over BENCH_DOSSIERS synthetic dossiers
# (default 200000, from generate-dossiers.sql) of which every returned one gets an electronic result row with a random
# code: a known code, a code typed in lower case without dashes, and an unknown one (404). The per-client rate limit is
# lifted for the run (RateLimiting__PublicCheck__PermitLimit).
#   bench/result-verification.sh          BENCH_DOSSIERS=1000000 BENCH_DURATION=20s bench/result-verification.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DOSSIERS=${BENCH_DOSSIERS:-200000}
export RateLimiting__PublicCheck__PermitLimit=1000000000

export BENCH_SETUP="\$BENCH_PSQL -v dossiers=$DOSSIERS -v steps_share=0 -f '$ROOT/bench/generate-dossiers.sql' >/dev/null && \$BENCH_PSQL <<'SQL'
INSERT INTO dossier_results (id, dossier_id, origin, document_type, file_name, media_type, size, sha256, verification_code,
                             issuer_agency_id, issuer_name, signer_name, signed_by, issued_at, released_at)
SELECT gen_random_uuid(), d.id, 'Uploaded', 'Quyết định', 'ket-qua.pdf', 'application/pdf', 120000,
       encode(sha256(d.id::text::bytea), 'hex'),
       (SELECT string_agg(substr('23456789ABCDEFGHJKMNPQRSTVWXYZ', 1 + floor(random() * 30)::int, 1), '') FROM generate_series(1, 12) WHERE d.id IS NOT NULL),
       d.deciding_agency_id, 'Sở Giáo dục và Đào tạo Hà Nội', 'Lãnh đạo', d.applicant_id, d.returned_at, d.returned_at
FROM dossiers d WHERE d.status = 'ResultReturned'
ON CONFLICT (verification_code) DO NOTHING;
ANALYZE dossier_results;
SELECT 'dossier_results now holds ' || count(*) || ' rows' FROM dossier_results;
SQL
\$BENCH_PSQL -tAc \"SELECT verification_code FROM dossier_results ORDER BY id LIMIT 1\" > '$ROOT/artifacts/bench/result-code.txt'"

mkdir -p "$ROOT/artifacts/bench"
# The paths depend on a code the set-up draws: api-latency.sh runs this command after the set-up to get them.
export BENCH_PATHS_FROM="code=\$(cat '$ROOT/artifacts/bench/result-code.txt'); printf '%s\n' \"/api/v1/results/verify/\${code:0:4}-\${code:4:4}-\${code:8:4}\" \"/api/v1/results/verify/\$(tr A-Z a-z <<<\$code)\" /api/v1/results/verify/ABCD-EFGH-JKMN"
exec "$ROOT/bench/api-latency.sh"
