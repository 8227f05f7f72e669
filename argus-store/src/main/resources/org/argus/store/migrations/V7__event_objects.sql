-- Version 7: one event object everywhere. Each event keeps the object the pipeline made (json, as
-- `analyze --format jsonl` prints it: parties with their codes, sentence and trigger with offsets,
-- predicate, trace), so the corpus views show the same event as the JSONL output. Parties keep their
-- code, its origin and their offsets; every event and quote keeps the ids of the units that made it
-- (event_unit, quote_unit), so a view can list what one unit produced across the corpus.
ALTER TABLE event ADD COLUMN json TEXT;
ALTER TABLE event_actor ADD COLUMN code TEXT;
ALTER TABLE event_actor ADD COLUMN code_from TEXT;
ALTER TABLE event_actor ADD COLUMN start INTEGER;
ALTER TABLE event_actor ADD COLUMN "end" INTEGER;
CREATE TABLE event_unit (
  event INTEGER NOT NULL REFERENCES event(key) ON DELETE CASCADE,
  step  INTEGER NOT NULL,
  unit  TEXT NOT NULL,
  PRIMARY KEY (event, step)
);
CREATE INDEX event_unit_unit ON event_unit(unit);
CREATE TABLE quote_unit (
  quote INTEGER NOT NULL REFERENCES quote(key) ON DELETE CASCADE,
  step  INTEGER NOT NULL,
  unit  TEXT NOT NULL,
  PRIMARY KEY (quote, step)
);
CREATE INDEX quote_unit_unit ON quote_unit(unit);
-- Events stored before keep what they had: a party's code is its country or organisation class, the
-- predicate and the trace's first unit come from the old rule ('lexicon:ENTRY:FORM...').
UPDATE event_actor SET code = COALESCE(country, CASE WHEN sector IN ('IGO', 'NGO', 'IMG') THEN sector END);
UPDATE event_actor SET code_from = 'actor' WHERE code IS NOT NULL;
UPDATE event SET rule = substr(rule, 9) WHERE rule LIKE 'lexicon:%';
INSERT INTO event_unit (event, step, unit)
  SELECT key, 0, 'lexicon:' || CASE WHEN instr(rule, ':') > 0 THEN substr(rule, 1, instr(rule, ':') - 1) ELSE rule END
  FROM event WHERE rule IS NOT NULL;
UPDATE event SET json = json_object(
  'type', type, 'mode', mode, 'cameo', NULL,
  'negated', json(CASE negated WHEN 0 THEN 'false' ELSE 'true' END),
  'modality', modality,
  'source', json(COALESCE((SELECT json_group_array(json_object('name', x.name, 'actor', x.actor_id, 'country', x.country,
      'sector', x.sector, 'code', x.code, 'codeFrom', x.code_from, 'start', NULL, 'end', NULL))
    FROM event_actor x WHERE x.event = event.key AND x.role = 'source'), '[]')),
  'target', json(COALESCE((SELECT json_group_array(json_object('name', x.name, 'actor', x.actor_id, 'country', x.country,
      'sector', x.sector, 'code', x.code, 'codeFrom', x.code_from, 'start', NULL, 'end', NULL))
    FROM event_actor x WHERE x.event = event.key AND x.role = 'target'), '[]')),
  'date', date, 'datePrecision', date_precision, 'dateOrigin', date_origin, 'dateText', NULL,
  'place', json(CASE WHEN place_name IS NULL THEN NULL
    ELSE json_object('name', place_name, 'country', place_country, 'lat', place_lat, 'lon', place_lon) END),
  'sentence', json_object('start', sentence_start, 'end', sentence_end,
    'text', (SELECT substr(a.text, sentence_start + 1, sentence_end - sentence_start) FROM article a WHERE a.key = event.article)),
  'trigger', json_object('text', trigger_text, 'start', trigger_start, 'end', trigger_end),
  'predicate', json(CASE WHEN rule IS NULL THEN NULL ELSE json_object(
    'entry', CASE WHEN instr(rule, ':') > 0 THEN substr(rule, 1, instr(rule, ':') - 1) ELSE rule END,
    'lemma', CASE WHEN instr(rule, '/') > 0 THEN substr(rule, 1, instr(rule, '/') - 1) ELSE rule END,
    'form', CASE WHEN rule LIKE '%:passive%' THEN 'passive' WHEN rule LIKE '%/noun%' THEN 'noun' ELSE 'active' END) END),
  'attribution', json(CASE WHEN attribution_name IS NULL THEN NULL
    ELSE json_object('name', attribution_name, 'actor', attribution_actor) END),
  'trace', json((SELECT json_group_array(unit) FROM event_unit u WHERE u.event = event.key)));
UPDATE event SET rule = CASE WHEN instr(rule, ':') > 0 THEN substr(rule, 1, instr(rule, ':') - 1) ELSE rule END;
