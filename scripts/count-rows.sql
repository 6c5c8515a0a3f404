-- The row count of every table of the database (all schemas but the system ones: public and hangfire), one
-- "schema.table|count" line each, sorted: the backup's manifest and the restore's checks (psql -tA; \gexec runs each SELECT).
SELECT format('SELECT %L, count(*) FROM %I.%I', n.nspname || '.' || c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
ORDER BY n.nspname, c.relname \gexec
