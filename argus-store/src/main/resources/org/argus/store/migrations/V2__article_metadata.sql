-- Version 6 (issue 3): article metadata beyond title, date, URL and outlet.
ALTER TABLE article ADD COLUMN subtitle TEXT;
ALTER TABLE article ADD COLUMN authors TEXT NOT NULL DEFAULT '[]'; -- JSON array of names, in byline order
ALTER TABLE article ADD COLUMN language TEXT;                     -- primary language subtag, e.g. 'en'
ALTER TABLE article ADD COLUMN modified TEXT;                     -- yyyy-mm-dd the page declares as last update
