-- Version 5: near-duplicate articles. Each article's fingerprint (the sampled hashes of its
-- five-word shingles, see org.argus.corpus.Fingerprint) is indexed by hash, so storing an article
-- finds the stored ones that share most of its text. A near-duplicate (syndicated wire copy, a page
-- published again, an updated version) is linked to the first stored article of its group, its
-- original; corpus views count a group once. Articles stored before this version are fingerprinted
-- and linked when the database is next opened. The version also indexes the child tables (below).
CREATE TABLE article_fingerprint (
  article INTEGER PRIMARY KEY REFERENCES article(key) ON DELETE CASCADE,
  size    INTEGER NOT NULL
);
CREATE TABLE article_shingle (
  article INTEGER NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  hash    INTEGER NOT NULL
);
CREATE INDEX article_shingle_hash ON article_shingle(hash);
CREATE INDEX article_shingle_article ON article_shingle(article);
CREATE TABLE near_duplicate (
  article     INTEGER PRIMARY KEY REFERENCES article(key) ON DELETE CASCADE,
  original    INTEGER NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  containment REAL NOT NULL
);
CREATE INDEX near_duplicate_original ON near_duplicate(original);
-- Indexes on the child side of every reference: listing actors read each actor's mentions and the
-- corpus views each event's actors by a full scan, which took minutes on a thousand articles, and
-- replacing an article scanned every child table for its rows.
CREATE INDEX IF NOT EXISTS mention_actor ON mention(actor);
CREATE INDEX IF NOT EXISTS event_actor_event ON event_actor(event);
CREATE INDEX IF NOT EXISTS actor_article ON actor(article);
CREATE INDEX IF NOT EXISTS quote_article ON quote(article);
CREATE INDEX IF NOT EXISTS event_article ON event(article);
