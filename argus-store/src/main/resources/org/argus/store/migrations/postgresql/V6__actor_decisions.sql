-- Version 6 for PostgreSQL (see migrations/V6__actor_decisions.sql).
CREATE TABLE actor_directive (
  kind      TEXT COLLATE "C" NOT NULL CHECK (kind IN ('alias', 'distinct')),
  name_key  TEXT COLLATE "C" NOT NULL,
  other_key TEXT COLLATE "C" NOT NULL,
  name      TEXT COLLATE "C" NOT NULL,
  source    TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (kind, name_key, other_key)
);
ALTER TABLE mention ADD COLUMN kind TEXT COLLATE "C" NOT NULL DEFAULT 'name';
