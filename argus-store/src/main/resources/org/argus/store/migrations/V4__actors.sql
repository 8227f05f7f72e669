-- Version 4: why corpus actors were merged. Each row says that the actors stored under name key
-- from_key were taken as the actor under into_key, and on what evidence (an acronym another article
-- defined, a transliteration, a surname with the same country or role). Refreshed each time the
-- whole corpus's actors are listed, so it always matches what `argus actors` shows.
CREATE TABLE actor_merge (
  from_key   TEXT PRIMARY KEY,
  into_key   TEXT NOT NULL,
  evidence   TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX actor_merge_into ON actor_merge(into_key);
