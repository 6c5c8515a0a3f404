-- EXPLAIN ANALYZE of the SQL the inbox and the public lookup run (hand-written equivalents of GetInbox / LookupDossier's LINQ).
--   psql -v agency_code=000.00.12.H26 -f bench/explain-dossier-queries.sql
\set ON_ERROR_STOP on
\if :{?agency_code} \else \set agency_code 000.00.12.H26 \endif
SELECT id AS agency FROM agencies WHERE code = :'agency_code' \gset
SELECT code, applicant_citizen_id FROM dossiers WHERE code IS NOT NULL LIMIT 1 OFFSET 12345 \gset
\echo '--- inbox count (' :agency_code ')'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM dossiers d
WHERE ((d.current_agency_id = :'agency' AND d.status <> 'Submitted') OR (d.receiving_agency_id = :'agency' AND d.status = 'Submitted'))
  AND d.status IN ('Submitted','Received','SupplementRequested','InProcessing','AwaitingApproval','Resolved','Refused');
\echo '--- inbox page (' :agency_code ')'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM dossiers d
WHERE ((d.current_agency_id = :'agency' AND d.status <> 'Submitted') OR (d.receiving_agency_id = :'agency' AND d.status = 'Submitted'))
  AND d.status IN ('Submitted','Received','SupplementRequested','InProcessing','AwaitingApproval','Resolved','Refused')
ORDER BY d.due_at IS NULL, d.due_at, d.submitted_at LIMIT 20;
\echo '--- inbox overdue page (' :agency_code ')'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM dossiers d
WHERE ((d.current_agency_id = :'agency' AND d.status <> 'Submitted') OR (d.receiving_agency_id = :'agency' AND d.status = 'Submitted'))
  AND d.status IN ('Submitted','Received','SupplementRequested','InProcessing','AwaitingApproval','Resolved','Refused') AND d.due_at < now()
ORDER BY d.due_at IS NULL, d.due_at, d.submitted_at LIMIT 20;
\echo '--- public lookup'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM dossiers d WHERE d.applicant_citizen_id = :'applicant_citizen_id' AND d.code = :'code' LIMIT 2;
