-- Version 8 (issue 24): full-text search of the stored articles, for the API's /api/articles?q=.
-- An FTS5 index over each article's title and cleaned text, kept in step with the article table by
-- triggers (an article replaced at ingest is deleted and inserted again, so both are indexed), and
-- filled here for the articles stored before. Words are matched after Porter stemming, case and
-- accents ignored ('attacks' finds 'attacked', 'geneve' finds 'Genève'). Only ArticleSearch reads
-- it; a PostgreSQL store does the same with a tsvector index behind the same method.
CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='article', content_rowid='key',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN INSERT INTO article_search (rowid, title, text) VALUES (new.key, new.title, new.text); END;
CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.key, old.title, old.text); END;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON article BEGIN INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.key, old.title, old.text); INSERT INTO article_search (rowid, title, text) VALUES (new.key, new.title, new.text); END;
INSERT INTO article_search (article_search) VALUES ('rebuild');
-- Narrow indexes for the API's pages, so a page reads them instead of the article and event rows,
-- which hold the texts and event objects: the list of articles newest first, the events' and quotes'
-- sort keys (an event's date, else its article's; a quote's article and offset), and the corpus version
-- (the latest ingest).
CREATE INDEX article_order ON article(COALESCE(published, ''), id);
CREATE INDEX article_ingested ON article(ingested_at);
CREATE INDEX event_order ON event(article, date, sentence_start, type);
CREATE INDEX quote_order ON quote(article, start, kind);
