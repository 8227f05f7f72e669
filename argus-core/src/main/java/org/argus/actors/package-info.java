/**
 * Actors: groups the mentions of one person, organisation or country within an article under a
 * canonical name, with country (ISO 3166-1 alpha-3), sector and role read from the text and from the
 * shipped knowledge base ({@link org.argus.actors.ActorKnowledge}).
 */
package org.argus.actors;
