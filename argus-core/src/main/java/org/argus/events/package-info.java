/**
 * Events: codes who did what to whom in the PLOVER ontology from each sentence's dependency parse,
 * with the predicates and their types in a readable lexicon file ({@link org.argus.events.Lexicon}).
 */
package org.argus.events;
