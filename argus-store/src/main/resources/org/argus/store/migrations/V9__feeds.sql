-- Version 9 (issue 25): ingest from the web. Articles are looked up by URL, so a page already
-- stored is not fetched again; each feed keeps the validators of its last answer (ETag,
-- Last-Modified), so a poll asks the server only for what changed since.
CREATE INDEX article_url ON article(url);
CREATE TABLE feed (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  checked_at    TEXT NOT NULL
);
