-- Version 4 for PostgreSQL (see migrations/V4__actors.sql).
CREATE TABLE actor_merge (
  from_key   TEXT COLLATE "C" PRIMARY KEY,
  into_key   TEXT COLLATE "C" NOT NULL,
  evidence   TEXT COLLATE "C" NOT NULL,
  decided_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX actor_merge_into ON actor_merge(into_key);
