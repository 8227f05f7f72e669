-- Version 5 for PostgreSQL (see migrations/V5__near_duplicates.sql). Shingle hashes are 64-bit.
CREATE TABLE article_fingerprint (
  article BIGINT PRIMARY KEY REFERENCES article(key) ON DELETE CASCADE,
  size    INTEGER NOT NULL
);
CREATE TABLE article_shingle (
  article BIGINT NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  hash    BIGINT NOT NULL
);
CREATE INDEX article_shingle_hash ON article_shingle(hash);
CREATE INDEX article_shingle_article ON article_shingle(article);
CREATE TABLE near_duplicate (
  article     BIGINT PRIMARY KEY REFERENCES article(key) ON DELETE CASCADE,
  original    BIGINT NOT NULL REFERENCES article(key) ON DELETE CASCADE,
  containment DOUBLE PRECISION NOT NULL
);
CREATE INDEX near_duplicate_original ON near_duplicate(original);
CREATE INDEX IF NOT EXISTS mention_actor ON mention(actor);
CREATE INDEX IF NOT EXISTS event_actor_event ON event_actor(event);
CREATE INDEX IF NOT EXISTS actor_article ON actor(article);
CREATE INDEX IF NOT EXISTS quote_article ON quote(article);
CREATE INDEX IF NOT EXISTS event_article ON event(article);
