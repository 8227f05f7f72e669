/**
 * The quotes stage: direct, reported and labelled statements with their cues and speakers, found by
 * chains of named units (the parts are sub-packages: {@code cue}, {@code find}, {@code filter},
 * {@code content}, {@code speaker}; {@code draft} holds what they shape).
 */
package org.argus.quotes;
