-- Version 2 for PostgreSQL (see migrations/V2__article_metadata.sql).
ALTER TABLE article ADD COLUMN subtitle TEXT COLLATE "C";
ALTER TABLE article ADD COLUMN authors TEXT COLLATE "C" NOT NULL DEFAULT '[]';
ALTER TABLE article ADD COLUMN language TEXT COLLATE "C";
ALTER TABLE article ADD COLUMN modified TEXT COLLATE "C";
