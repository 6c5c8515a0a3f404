SET client_min_messages TO warning;
-- Copies a real draft (started through the API, with its attachments) :count times for the benchmarks that submit many
-- drafts; the copies are listed in bench_drafts under :'purpose', numbered 1..:count.
--   psql -v template=<draft id> -v purpose=wrk -v count=60000 -f bench/copy-drafts.sql
CREATE TABLE IF NOT EXISTS bench_drafts (purpose text, n bigint, id uuid, applicant_id uuid, agency_id uuid, PRIMARY KEY (purpose, n));
INSERT INTO bench_drafts
SELECT :'purpose', g, gen_random_uuid(), t.applicant_id, t.receiving_agency_id
FROM generate_series(1, :count) g, dossiers t WHERE t.id = :'template';
INSERT INTO dossiers (id, procedure_id, procedure_version_id, tracking_number, code, applicant_id, applicant_name, applicant_citizen_id,
                      receiving_agency_id, deciding_agency_id, current_agency_id, assignee_id, submission_channel, return_channel, status,
                      status_before_supplement, time_limit, specialist_share, supplement_requests, created_at, draft_saved_at, submitted_at,
                      received_at, due_at, appointment_at, apology_issued, resolved_at, outcome, returned_at, closed_at, form_data, form_fields, pauses,
                      required_documents, attachments_changed_at)
SELECT b.id, procedure_id, procedure_version_id, tracking_number, code, t.applicant_id, applicant_name, applicant_citizen_id,
       receiving_agency_id, deciding_agency_id, current_agency_id, assignee_id, submission_channel, return_channel, status,
       status_before_supplement, time_limit, specialist_share, supplement_requests, now(), now(), submitted_at,
       received_at, due_at, appointment_at, apology_issued, resolved_at, outcome, returned_at, closed_at, form_data, form_fields, pauses,
       required_documents, attachments_changed_at
FROM bench_drafts b, dossiers t WHERE t.id = :'template' AND b.purpose = :'purpose' ORDER BY b.id;
INSERT INTO dossier_attachments (id, file_name, media_type, size, sha256, document_name, uploaded_at, uploaded_by, dossier_id)
SELECT gen_random_uuid(), a.file_name, a.media_type, a.size, a.sha256, a.document_name, a.uploaded_at, a.uploaded_by, b.id
FROM bench_drafts b, dossier_attachments a WHERE a.dossier_id = :'template' AND b.purpose = :'purpose';
