-- Version 7 for PostgreSQL (see migrations/V7__event_objects.sql). Only the schema: SQLite's script
-- also rewrites the events stored before version 7, and no PostgreSQL corpus predates version 9.
ALTER TABLE event ADD COLUMN json TEXT COLLATE "C";
ALTER TABLE event_actor ADD COLUMN code TEXT COLLATE "C";
ALTER TABLE event_actor ADD COLUMN code_from TEXT COLLATE "C";
ALTER TABLE event_actor ADD COLUMN start INTEGER;
ALTER TABLE event_actor ADD COLUMN "end" INTEGER;
CREATE TABLE event_unit (
  event BIGINT NOT NULL REFERENCES event(key) ON DELETE CASCADE,
  step  INTEGER NOT NULL,
  unit  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (event, step)
);
CREATE INDEX event_unit_unit ON event_unit(unit);
CREATE TABLE quote_unit (
  quote BIGINT NOT NULL REFERENCES quote(key) ON DELETE CASCADE,
  step  INTEGER NOT NULL,
  unit  TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (quote, step)
);
CREATE INDEX quote_unit_unit ON quote_unit(unit);
