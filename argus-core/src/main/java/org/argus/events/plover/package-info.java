/**
 * Who is actor and who recipient in PLOVER, from the codebooks: {@link org.argus.events.plover.PloverRoles}
 * reads the tables {@code tools/knowledge/plover_roles.py} generates into {@code org/argus/events/plover/}.
 */
package org.argus.events.plover;
