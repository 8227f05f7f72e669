-- Version 9 for PostgreSQL (see migrations/V9__feeds.sql).
CREATE INDEX article_url ON article(url);
CREATE TABLE feed (
  url           TEXT COLLATE "C" PRIMARY KEY,
  etag          TEXT COLLATE "C",
  last_modified TEXT COLLATE "C",
  checked_at    TEXT COLLATE "C" NOT NULL
);
