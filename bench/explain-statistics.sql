-- EXPLAIN ANALYZE of the SQL behind the city-wide statistics summary (as StatisticsReadModel writes it):
-- psql -v from=2025-11-25 -v to=2026-11-24 -v full_from=2025-12-01 -v full_to=2026-11-01 -f bench/explain-statistics.sql
\set ON_ERROR_STOP 1
\echo '--- counters of the period: whole months from the monthly table, the days at the ends from the daily table'
EXPLAIN (ANALYZE, BUFFERS)
WITH rows AS (
  SELECT month AS day, deciding_agency_id, procedure_id, channel, received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped,
         rated_very_satisfied, rated_satisfied, rated_unsatisfied, paid_count, paid_vnd, refunded_count, refunded_vnd, timed_count, used_minutes, limit_minutes
  FROM dossier_monthly_stats WHERE month >= :'full_from' AND month < :'full_to'
  UNION ALL
  SELECT day, deciding_agency_id, procedure_id, channel, received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped,
         rated_very_satisfied, rated_satisfied, rated_unsatisfied, paid_count, paid_vnd, refunded_count, refunded_vnd, timed_count, used_minutes, limit_minutes
  FROM dossier_daily_stats WHERE day BETWEEN :'from' AND :'to' AND (day < :'full_from' OR day >= :'full_to')
)
SELECT '' AS key,
  coalesce(sum(received) FILTER (WHERE channel = 'Online'), 0)::bigint AS received_online,
  coalesce(sum(received) FILTER (WHERE channel = 'InPerson'), 0)::bigint AS received_in_person,
  coalesce(sum(received) FILTER (WHERE channel = 'Post'), 0)::bigint AS received_post,
  coalesce(sum(resolved_early), 0)::bigint, coalesce(sum(resolved_on_time), 0)::bigint, coalesce(sum(resolved_late), 0)::bigint,
  coalesce(sum(refused), 0)::bigint, coalesce(sum(withdrawn), 0)::bigint, coalesce(sum(stopped), 0)::bigint,
  coalesce(sum(rated_very_satisfied), 0)::bigint, coalesce(sum(rated_satisfied), 0)::bigint, coalesce(sum(rated_unsatisfied), 0)::bigint,
  coalesce(sum(paid_count), 0)::bigint, coalesce(sum(paid_vnd), 0)::bigint, coalesce(sum(refunded_count), 0)::bigint, coalesce(sum(refunded_vnd), 0)::bigint,
  coalesce(sum(timed_count), 0)::bigint, coalesce(sum(used_minutes), 0)::bigint, coalesce(sum(limit_minutes), 0)::bigint
FROM rows GROUP BY 1;

\echo '--- the open dossiers now'
EXPLAIN (ANALYZE, BUFFERS)
SELECT '' AS key,
  count(*) FILTER (WHERE NOT (d.status <> 'SupplementRequested' AND d.due_at < now())) AS within_time,
  count(*) FILTER (WHERE d.status <> 'SupplementRequested' AND d.due_at < now()) AS overdue
FROM dossiers d
WHERE d.status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval') AND d.received_at IS NOT NULL
GROUP BY 1;
