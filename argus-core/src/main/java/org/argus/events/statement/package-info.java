/**
 * Statements: how the sentence presents an event (its speaker, modality, negation) and the type
 * changes that follow from it (a stated intent, an obligation, a refusal), each a unit; and the unit
 * that drops a repeat of a statement.
 */
package org.argus.events.statement;
