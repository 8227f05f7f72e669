/**
 * Parties: the argument role table, one unit per heuristic that finds, expands or changes an event's
 * sources and targets, and the resolution of argument heads to parties (with the stage's pronoun reading).
 */
package org.argus.events.party;
