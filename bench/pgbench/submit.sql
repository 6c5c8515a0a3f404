-- pgbench: in one transaction, what one online submission writes (see SubmitDossier + DossierChange):
-- UPDATE of the draft row (status, tracking number, dates, form JSON), INSERT of the 'Submit' step, INSERT of the idempotency record.
-- Each transaction takes the next unused draft of bench_drafts (purpose 'pgbench') through a sequence.
SELECT nextval('bench_pgbench_next') AS n \gset
SELECT d.id, d.applicant_id, d.agency_id FROM bench_drafts d WHERE d.purpose = 'pgbench' AND d.n = :n \gset
BEGIN;
UPDATE dossiers SET status = 'Submitted', tracking_number = upper(substr(md5(random()::text), 1, 10)), submitted_at = now(),
       draft_saved_at = now(), form_data = form_data || '{}'::jsonb
 WHERE id = ':id';
INSERT INTO dossier_steps (id, sequence, action, actor_id, actor_name, from_status, to_status, from_agency_id, to_agency_id, at, dossier_id)
VALUES (gen_random_uuid(), 1, 'Submit', ':applicant_id', 'Nguyễn Văn An', 'Draft', 'Submitted', ':agency_id', ':agency_id', now(), ':id');
INSERT INTO idempotency_records (user_id, key, request_hash, resource_id, created_at)
VALUES (':applicant_id', 'pgbench-' || :n, encode(sha256(convert_to(':id' || ':n', 'UTF8')), 'hex'), ':id', now());
END;
