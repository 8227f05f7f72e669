-- Version 10: each actor mention keeps the ids of the units that read it and joined it to its actor
-- (its trace, as `analyze --format jsonl` prints it), joined by U+001F; mentions stored before keep none.
ALTER TABLE mention ADD COLUMN trace TEXT;
