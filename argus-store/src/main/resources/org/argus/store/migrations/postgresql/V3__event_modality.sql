-- Version 3 for PostgreSQL (see migrations/V3__event_modality.sql).
ALTER TABLE event ADD COLUMN modality TEXT COLLATE "C" NOT NULL DEFAULT 'asserted';
