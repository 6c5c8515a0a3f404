-- Synthetic dossiers for the performance benchmarks, in set-based SQL, into an already migrated and seeded database.
--   psql -v dossiers=1000000 -v steps_share=0.3 -f bench/generate-dossiers.sql
-- * deciding agency: 20 % the Department, 80 % the deciding communes (skewed: the first communes are busier; Hoàn Kiếm first);
-- * procedure: a published version of the agency's level; form_fields, time_limit and specialist_share are copied from the
--   version's content exactly as StartDossier stores them, form_data is filled like FormFillers does (citizenId, fullName per applicant);
-- * status: ≈ 86 % ResultReturned, ≈ 4 % other closed states, ≈ 10 % open across the workflow (created in the last 45 days),
--   ≈ 15 % of the received open ones overdue (≈ 1.3 % of all); channel ≈ 60 % Online, 40 % InPerson; created over 12 months;
-- * codes <agency code>-YYMMDD-NNNN by reception day (Hanoi time) with the matching dossier_code_counters; unique tracking numbers;
-- * dossier_steps (2–6 a dossier) for every open dossier and for steps_share of the closed ones.
\set ON_ERROR_STOP on
\if :{?dossiers} \else \set dossiers 1000000 \endif
\if :{?steps_share} \else \set steps_share 0.3 \endif
\timing on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

-- Deciding agencies: index 0 is the Department, 1.. the communes (Hoàn Kiếm, which has development accounts, first).
CREATE TEMP TABLE ag AS
SELECT (row_number() OVER (ORDER BY level_code <> 'province', code <> '000.01.50.H26', code) - 1)::int AS i, id, code, level_code
FROM agencies WHERE decides;
CREATE TEMP TABLE pv AS
SELECT (row_number() OVER (PARTITION BY deciding_level_code ORDER BY id) - 1)::int AS i, deciding_level_code AS lvl,
       procedure_id, id,
       content -> 'form' AS form_fields,
       content -> 'timeLimit' AS time_limit,
       coalesce((SELECT sum((s ->> 'share')::numeric) FROM jsonb_array_elements(content -> 'steps') s WHERE s ->> 'role' = 'Specialist'), 0) AS share,
       greatest(coalesce((content -> 'timeLimit' ->> 'days')::numeric, 1), 0.5) * 1.4 AS calendar_days,
       coalesce((SELECT jsonb_object_agg(f ->> 'key', CASE f ->> 'type'
                   WHEN 'number' THEN coalesce(f ->> 'min', '2020') WHEN 'date' THEN '2008-05-01'
                   WHEN 'select' THEN f -> 'options' -> 0 ->> 'value' WHEN 'citizen-id' THEN '001208012345'
                   WHEN 'phone' THEN '0912345678' WHEN 'email' THEN 'an.nguyen@example.vn'
                   WHEN 'school' THEN 'Trường THPT Chu Văn An' WHEN 'file' THEN 'giay-to.pdf' ELSE 'Nguyễn Văn Đức' END)
                 FROM jsonb_array_elements(content -> 'form') f WHERE (f ->> 'required')::boolean), '{}') AS form_tpl
FROM procedure_versions WHERE status = 'Published';
ALTER TABLE ag ADD COLUMN n_pv int;
UPDATE ag SET n_pv = (SELECT count(*) FROM pv WHERE pv.lvl = ag.level_code);
CREATE TEMP TABLE officials AS   -- real development accounts where they exist, stable synthetic ids elsewhere
SELECT ag.id AS agency_id, r.role,
       coalesce((SELECT u.id FROM "AspNetUsers" u WHERE u.agency_id = ag.id AND u.user_name LIKE '%.' || lower(r.role) LIMIT 1),
                md5(ag.code || r.role)::uuid) AS user_id,
       CASE r.role WHEN 'receptionist' THEN 'Cán bộ tiếp nhận' WHEN 'specialist' THEN 'Chuyên viên' ELSE 'Lãnh đạo' END || ' (' || ag.code || ')' AS name
FROM ag CROSS JOIN (VALUES ('receptionist'), ('specialist'), ('leader')) r(role);
ANALYZE ag; ANALYZE pv; ANALYZE officials;
SELECT count(*) - 1 AS n_communes FROM ag \gset

-- One row per dossier with its random draws; then the timeline.
CREATE TEMP TABLE d0 AS
SELECT g, random() AS r_ag, random() AS r_pv, random() AS r_st, random() AS r_ch, random() AS r_t, random() AS r_x,
       (random() * 400000)::int AS a
FROM generate_series(1, :dossiers) g;

CREATE TEMP TABLE d AS
WITH pick AS (
  SELECT d0.*,
         CASE WHEN r_ag < 0.2 THEN 0
              ELSE 1 + floor(:n_communes * power((r_ag - 0.2) / 0.8, 1.6))::int END AS ai,
         CASE WHEN r_st < 0.860 THEN 'ResultReturned' WHEN r_st < 0.880 THEN 'NotReceived' WHEN r_st < 0.890 THEN 'Withdrawn'
              WHEN r_st < 0.900 THEN 'Stopped'        WHEN r_st < 0.915 THEN 'Submitted'   WHEN r_st < 0.930 THEN 'Received'
              WHEN r_st < 0.940 THEN 'SupplementRequested' WHEN r_st < 0.970 THEN 'InProcessing'
              WHEN r_st < 0.985 THEN 'AwaitingApproval' WHEN r_st < 0.995 THEN 'Resolved' ELSE 'Refused' END AS status,
         CASE WHEN r_ch < 0.6 THEN 'Online' ELSE 'InPerson' END AS channel
  FROM d0
), placed AS (
  SELECT p.*, ag.id AS agency_id, ag.code AS agency_code, pv.procedure_id, pv.id AS version_id, pv.form_fields, pv.time_limit,
         pv.share, pv.form_tpl, make_interval(secs => pv.calendar_days * 86400) AS dur,
         p.status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval', 'Resolved', 'Refused') AS open_received
  FROM pick p
  JOIN ag ON ag.i = p.ai
  JOIN pv ON pv.lvl = ag.level_code AND pv.i = floor(p.r_pv * ag.n_pv)::int
), timed AS (
  SELECT pl.*,
         CASE WHEN status = 'Submitted' THEN NULL
              WHEN open_received AND r_x < 0.15 THEN now() - make_interval(secs => r_t * 5 * 86400)        -- overdue
              WHEN open_received THEN now() + make_interval(secs => 3600 + r_t * extract(epoch FROM dur)) -- still in time
         END AS open_due
  FROM placed pl
), t AS (
  SELECT tm.*,
         CASE WHEN status = 'Submitted' THEN now() - make_interval(secs => r_t * 2 * 86400)
              WHEN open_received THEN open_due - dur - CASE WHEN channel = 'Online' THEN make_interval(secs => r_x * 43200) ELSE interval '2 minutes' END
              ELSE now() - interval '15 days' - make_interval(secs => r_t * 350 * 86400) END AS submitted_at
  FROM timed tm
)
SELECT g, a, status, channel, agency_id, agency_code, procedure_id, version_id, form_fields, time_limit, share, form_tpl, dur, r_x, r_t,
       submitted_at - interval '10 minutes' AS created_at,
       submitted_at - interval '4 minutes' AS draft_saved_at,
       submitted_at,
       CASE WHEN status IN ('Submitted', 'NotReceived') THEN NULL
            WHEN open_received THEN open_due - dur
            ELSE submitted_at + CASE WHEN channel = 'Online' THEN make_interval(secs => r_x * 43200) ELSE interval '2 minutes' END END AS received_at
FROM t;

CREATE TEMP TABLE dd AS
SELECT d.*,
       CASE WHEN received_at IS NULL THEN NULL ELSE received_at + dur END AS due_at,
       CASE WHEN status IN ('ResultReturned', 'Resolved', 'Refused') THEN
              received_at + dur * CASE WHEN r_x < 0.03 THEN 1.1 + r_t * 0.4 ELSE 0.3 + r_t * 0.65 END END AS resolved_at
FROM d;
-- Open Resolved/Refused dossiers must not be resolved in the future.
UPDATE dd SET resolved_at = least(resolved_at, now() - interval '1 hour') WHERE status IN ('Resolved', 'Refused');

CREATE TEMP TABLE dx AS
SELECT dd.*,
       -- Version 7 UUIDs like the application's (time-ordered by creation): the primary key grows at its end.
       (lpad(to_hex((extract(epoch FROM dd.created_at) * 1000)::bigint), 12, '0') || '7' || substr(md5(g::text), 1, 3)
        || '8' || substr(md5(g::text), 4, 15))::uuid AS id,
       CASE WHEN received_at IS NULL THEN NULL
            ELSE agency_code || '-' || to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-'
                 || lpad((coalesce(c.last, 0) + row_number() OVER (PARTITION BY dd.agency_id, (dd.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date ORDER BY dd.received_at, g))::text, 4, '0') END AS code,
       CASE WHEN status = 'ResultReturned' THEN resolved_at + make_interval(secs => r_x * 2 * 86400) END AS returned_at,
       -- A bijection of g (odd multiplier modulo 2^50) written in the 32-letter alphabet of TrackingNumbers: unique by construction.
       (SELECT string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', ((((g::bigint * 1103515245 + 12345) & 1125899906842623) >> (5 * k)) & 31)::int + 1, 1), '' ORDER BY k)
        FROM generate_series(0, 9) k) AS tracking_number
FROM dd   -- continue after codes already given that day (e.g. by the API)
LEFT JOIN dossier_code_counters c ON c.agency_id = dd.agency_id AND c.day = (dd.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;

INSERT INTO dossiers (id, procedure_id, procedure_version_id, tracking_number, code, applicant_id, applicant_name, applicant_citizen_id,
                      receiving_agency_id, deciding_agency_id, current_agency_id, assignee_id, submission_channel, return_channel, status,
                      status_before_supplement, time_limit, specialist_share, supplement_requests, created_at, draft_saved_at, submitted_at,
                      received_at, due_at, appointment_at, apology_issued, resolved_at, outcome, returned_at, closed_at, form_data, form_fields, pauses)
SELECT id, procedure_id, version_id, tracking_number, code,
       md5('applicant' || a)::uuid,
       (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + a % 16] || ' '
         || (ARRAY['Văn','Thị','Đức','Minh','Thu','Ngọc','Quang','Thanh','Hữu','Thị Thu'])[1 + (a / 16) % 10] || ' '
         || (ARRAY['An','Bình','Chi','Dũng','Giang','Hà','Hải','Hạnh','Hoa','Hùng','Hương','Khánh','Lan','Linh','Long','Mai','Nam','Ngân','Phong','Phương','Quân','Sơn','Tâm','Thảo','Trang','Tuấn'])[1 + (a / 160) % 26],
       '001' || (a % 4)::text || lpad((40 + a % 60)::text, 2, '0') || lpad(((a::bigint * 7919) % 1000000)::text, 6, '0'),
       dx.agency_id, dx.agency_id, dx.agency_id,
       CASE WHEN status IN ('InProcessing', 'AwaitingApproval', 'Resolved', 'Refused', 'Stopped', 'ResultReturned') THEN o.user_id END,
       channel, CASE WHEN status = 'ResultReturned' THEN channel END, status,
       CASE WHEN status = 'SupplementRequested' THEN 'Received' END,
       time_limit, share, CASE WHEN status = 'SupplementRequested' OR r_t < 0.05 THEN 1 ELSE 0 END,
       created_at, draft_saved_at, submitted_at, received_at, due_at, due_at, false, resolved_at,
       CASE WHEN resolved_at IS NULL THEN NULL WHEN resolved_at > due_at THEN 'Late'
            WHEN resolved_at < due_at - interval '1 day' THEN 'Early' ELSE 'OnTime' END,
       returned_at,
       CASE WHEN status = 'ResultReturned' THEN returned_at
            WHEN status = 'NotReceived' THEN submitted_at + make_interval(secs => 3600 + r_x * 86400)
            WHEN status IN ('Withdrawn', 'Stopped') THEN received_at + dur * r_x END,
       form_tpl || CASE WHEN form_tpl ? 'citizenId' THEN jsonb_build_object('citizenId', '001' || (a % 4)::text || lpad((40 + a % 60)::text, 2, '0') || lpad(((a::bigint * 7919) % 1000000)::text, 6, '0')) ELSE '{}' END,
       form_fields,
       CASE WHEN status = 'SupplementRequested' THEN jsonb_build_array(jsonb_build_object('from', received_at + dur * 0.2, 'to', NULL)) ELSE '[]' END
FROM dx JOIN officials o ON o.agency_id = dx.agency_id AND o.role = 'specialist'
ORDER BY dx.id;

-- The workflow path of each final state: (sequence, action, from, to, position on the timeline 0 = submitted … 1 = closed).
CREATE TEMP TABLE path (status text, seq int, action text, from_status text, to_status text, role text, pos numeric);
INSERT INTO path VALUES
 ('Submitted',1,'Submit','Draft','Submitted','applicant',0),
 ('Received',1,'Submit','Draft','Submitted','applicant',0), ('Received',2,'Receive','Submitted','Received','receptionist',0.1),
 ('SupplementRequested',1,'Submit','Draft','Submitted','applicant',0), ('SupplementRequested',2,'Receive','Submitted','Received','receptionist',0.1),
 ('SupplementRequested',3,'RequestSupplement','Received','SupplementRequested','receptionist',0.2),
 ('InProcessing',1,'Submit','Draft','Submitted','applicant',0), ('InProcessing',2,'Receive','Submitted','Received','receptionist',0.1),
 ('InProcessing',3,'Assign','Received','InProcessing','leader',0.2),
 ('AwaitingApproval',1,'Submit','Draft','Submitted','applicant',0), ('AwaitingApproval',2,'Receive','Submitted','Received','receptionist',0.1),
 ('AwaitingApproval',3,'Assign','Received','InProcessing','leader',0.2), ('AwaitingApproval',4,'SubmitForApproval','InProcessing','AwaitingApproval','specialist',0.6),
 ('Resolved',1,'Submit','Draft','Submitted','applicant',0), ('Resolved',2,'Receive','Submitted','Received','receptionist',0.1),
 ('Resolved',3,'Assign','Received','InProcessing','leader',0.2), ('Resolved',4,'SubmitForApproval','InProcessing','AwaitingApproval','specialist',0.6),
 ('Resolved',5,'Approve','AwaitingApproval','Resolved','leader',0.9),
 ('Refused',1,'Submit','Draft','Submitted','applicant',0), ('Refused',2,'Receive','Submitted','Received','receptionist',0.1),
 ('Refused',3,'Assign','Received','InProcessing','leader',0.2), ('Refused',4,'Refuse','InProcessing','Refused','leader',0.9),
 ('ResultReturned',1,'Submit','Draft','Submitted','applicant',0), ('ResultReturned',2,'Receive','Submitted','Received','receptionist',0.1),
 ('ResultReturned',3,'Assign','Received','InProcessing','leader',0.2), ('ResultReturned',4,'SubmitForApproval','InProcessing','AwaitingApproval','specialist',0.6),
 ('ResultReturned',5,'Approve','AwaitingApproval','Resolved','leader',0.8), ('ResultReturned',6,'ReturnResult','Resolved','ResultReturned','receptionist',1),
 ('NotReceived',1,'Submit','Draft','Submitted','applicant',0), ('NotReceived',2,'RejectAtReception','Submitted','NotReceived','receptionist',1),
 ('Withdrawn',1,'Submit','Draft','Submitted','applicant',0), ('Withdrawn',2,'Receive','Submitted','Received','receptionist',0.1),
 ('Withdrawn',3,'Withdraw','Received','Withdrawn','applicant',1),
 ('Stopped',1,'Submit','Draft','Submitted','applicant',0), ('Stopped',2,'Receive','Submitted','Received','receptionist',0.1),
 ('Stopped',3,'Assign','Received','InProcessing','leader',0.2), ('Stopped',4,'StopProcessing','InProcessing','Stopped','leader',1);
-- An in-person dossier is submitted by the desk on the applicant's behalf.
INSERT INTO dossier_steps (id, sequence, action, actor_id, actor_name, from_status, to_status, from_agency_id, to_agency_id, assignee_id, at, comment, deadline, dossier_id)
SELECT gen_random_uuid(), p.seq, p.action,
       CASE WHEN p.role = 'applicant' AND d.submission_channel = 'Online' THEN d.applicant_id ELSE o.user_id END,
       CASE WHEN p.role = 'applicant' AND d.submission_channel = 'Online' THEN d.applicant_name ELSE o.name END,
       p.from_status, p.to_status, d.receiving_agency_id, d.current_agency_id,
       CASE WHEN p.action = 'Assign' THEN d.assignee_id END,
       CASE WHEN p.pos = 0 THEN d.submitted_at
            WHEN p.action = 'Receive' THEN d.received_at
            ELSE d.submitted_at + (coalesce(d.closed_at, d.resolved_at, now()) - d.submitted_at) * p.pos END,
       CASE p.action WHEN 'Receive' THEN 'Đủ hồ sơ' WHEN 'Approve' THEN 'Đồng ý' WHEN 'SubmitForApproval' THEN 'Dự thảo kết quả'
                     WHEN 'RejectAtReception' THEN 'Hồ sơ không thuộc thẩm quyền' WHEN 'RequestSupplement' THEN 'Bổ sung bản sao học bạ' END,
       CASE WHEN p.action = 'Receive' THEN d.due_at END,
       d.id
FROM dossiers d
JOIN dx ON dx.id = d.id    -- only the dossiers generated now
JOIN path p ON p.status = d.status
JOIN officials o ON o.agency_id = d.current_agency_id
                AND o.role = CASE p.role WHEN 'applicant' THEN 'receptionist' ELSE p.role END
WHERE d.status NOT IN ('Draft', 'ResultReturned', 'NotReceived', 'Withdrawn', 'Stopped')
   OR ('x' || substr(d.id::text, 29, 8))::bit(32)::bigint < :steps_share * 4294967296;   -- the random end of the UUIDv7, not its time prefix

INSERT INTO dossier_code_counters (agency_id, day, last)
SELECT receiving_agency_id, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, max(right(code, 4)::int)
FROM dossiers WHERE code IS NOT NULL
GROUP BY 1, 2
ON CONFLICT (agency_id, day) DO UPDATE SET last = greatest(dossier_code_counters.last, excluded.last);

ANALYZE dossiers; ANALYZE dossier_steps; ANALYZE dossier_code_counters;
SELECT status, count(*) AS dossiers, round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct,
       count(*) FILTER (WHERE due_at < now() AND status IN ('Received','SupplementRequested','InProcessing','AwaitingApproval','Resolved','Refused')) AS overdue
FROM dossiers GROUP BY status ORDER BY 2 DESC;
SELECT count(*) AS dossier_steps FROM dossier_steps;
