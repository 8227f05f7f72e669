-- Version 8 for PostgreSQL (see migrations/V8__article_search.sql): full-text search of the stored
-- articles for the API's /api/articles?q=, as a GIN index over the same expression ArticleSearch
-- queries (English stemming: 'attacks' finds 'attacked'); PostgreSQL keeps it in step with the table
-- itself. Then the narrow indexes for the API's pages.
CREATE INDEX article_search ON article USING GIN (to_tsvector('english', COALESCE(title, '') || ' ' || text));
CREATE INDEX article_order ON article((COALESCE(published, '')), id);
CREATE INDEX article_ingested ON article(ingested_at);
CREATE INDEX event_order ON event(article, date, sentence_start, type);
CREATE INDEX quote_order ON quote(article, start, kind);
