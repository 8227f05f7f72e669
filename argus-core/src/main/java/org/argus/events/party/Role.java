package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.model.Dependency;
import org.argus.rules.Unit;

/** One unit of the role pass ({@link ArgumentRoles}): it takes a dependent of the predicate into a role, or leaves it. */
interface Role extends Unit {
    /** Takes {@code dependent} into a role of {@code d}; true when it did. */
    boolean take(EventDraft d, Dependency dependent);
}
