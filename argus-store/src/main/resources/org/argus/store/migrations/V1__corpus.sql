-- Version 1: articles with their actors, mentions, quotes and events.
CREATE TABLE article (
  key          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  title        TEXT,
  published    TEXT,
  published_origin TEXT,
  url          TEXT,
  outlet       TEXT,
  source_file  TEXT NOT NULL,
  text         TEXT NOT NULL,
  text_sha256  TEXT NOT NULL,
  captions     TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE INDEX article_text_sha256 ON article(text_sha256);

CREATE TABLE actor (
  key         INTEGER PRIMARY KEY,
  article     INTEGER NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  actor_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  type        TEXT NOT NULL,
  country     TEXT,
  sector      TEXT,
  role        TEXT
);
CREATE INDEX actor_name_key ON actor(name_key);

CREATE TABLE mention (
  actor   INTEGER NOT NULL REFERENCES actor(key) ON DELETE CASCADE,
  text    TEXT NOT NULL,
  start   INTEGER NOT NULL,
  "end"   INTEGER NOT NULL
);

CREATE TABLE quote (
  key           INTEGER PRIMARY KEY,
  article       INTEGER NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  text          TEXT NOT NULL,
  start         INTEGER NOT NULL,
  "end"         INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  speaker_name  TEXT,
  speaker_actor TEXT,
  speaker_start INTEGER,
  speaker_end   INTEGER,
  cue_text      TEXT,
  cue_start     INTEGER,
  cue_end       INTEGER
);

CREATE TABLE event (
  key             INTEGER PRIMARY KEY,
  article         INTEGER NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  type            TEXT NOT NULL,
  mode            TEXT,
  negated         INTEGER NOT NULL,
  date            TEXT,
  date_precision  TEXT,
  date_origin     TEXT,
  place_name      TEXT,
  place_country   TEXT,
  place_lat       REAL,
  place_lon       REAL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  trigger_text    TEXT NOT NULL,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  rule            TEXT,
  attribution_name  TEXT,
  attribution_actor TEXT
);

CREATE TABLE event_actor (
  event     INTEGER NOT NULL REFERENCES event(key) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('source', 'target')),
  name      TEXT NOT NULL,
  actor_id  TEXT,
  country   TEXT,
  sector    TEXT
);
