-- Version 6: the analyst's hand decisions on corpus actors, from the actor dictionary (`--actors`).
-- 'alias' rows make two names one actor across the corpus ("alias of"); 'distinct' rows keep two
-- names apart, so no automatic merge (spelling, surname, acronym) ever joins them. Names are stored
-- as corpus name keys (type and normalised name, as actor.name_key). The dictionary last given
-- replaces the rows of the one before, so the table always says what the current dictionary says.
CREATE TABLE actor_directive (
  kind      TEXT NOT NULL CHECK (kind IN ('alias', 'distinct')),
  name_key  TEXT NOT NULL,
  other_key TEXT NOT NULL,
  name      TEXT NOT NULL,  -- the dictionary entry's name as written, which names the joined actor
  source    TEXT NOT NULL,
  PRIMARY KEY (kind, name_key, other_key)
);
-- How each mention refers to its actor: 'name', 'description' or 'pronoun'. Pronouns count as
-- mentions but are never listed as an actor's aliases. Mentions stored before are names.
ALTER TABLE mention ADD COLUMN kind TEXT NOT NULL DEFAULT 'name';
