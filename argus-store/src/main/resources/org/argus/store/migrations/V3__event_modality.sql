-- Version 3: how the text presents each event (asserted, intended, hypothetical, reported).
-- Events stored before this version were coded without it and read as asserted.
ALTER TABLE event ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
