-- Version 10 for PostgreSQL (see migrations/V10__mention_trace.sql).
ALTER TABLE mention ADD COLUMN trace TEXT COLLATE "C";
