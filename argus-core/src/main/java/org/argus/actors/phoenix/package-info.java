/**
 * The Phoenix actor dictionaries of PETRARCH2 as Argus data: country actors (leaders, ministries,
 * forces) with the dates of their roles, international organisations, non-state armed groups, and
 * agent words that give a sector. {@link org.argus.actors.phoenix.PhoenixDictionary} loads the tables
 * {@code tools/knowledge/phoenix_actors.py} generates into {@code org/argus/actors/phoenix/}.
 */
package org.argus.actors.phoenix;
