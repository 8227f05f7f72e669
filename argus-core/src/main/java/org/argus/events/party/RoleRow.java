package org.argus.events.party;

import org.argus.events.EventDraft;
import org.argus.events.TimeWords;
import org.argus.model.Dependency;
import org.argus.model.Token;

/**
 * One row of the argument role table {@code events/roles.tsv}: the dependents of a predicate attached
 * by {@code relation} take {@code role} when they meet {@code condition}. Immutable.
 */
record RoleRow(String id, boolean verb, String relation, Kind role, Condition condition, TimeWords time) implements Role {
    /** What a row makes of the dependent. */
    enum Kind {
        SOURCE, TARGET, PASSIVE_TARGET, BETWEEN, PREPOSITIONAL;

        static Kind of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** What the dependent must be for the row to take it. */
    enum Condition {
        ANY, NOT_TIME, CAPITALIZED, PROPER_NOUN;

        static Condition of(String name) {
            return name.equals("-") ? ANY : valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** Whether the dependent meets the row's condition. */
    boolean accepts(Token t) {
        return switch (condition) {
            case ANY -> true;
            case NOT_TIME -> !time.is(t);
            case CAPITALIZED -> Character.isUpperCase(t.word().charAt(0));
            case PROPER_NOUN -> t.isProperNoun();
        };
    }

    @Override
    public boolean take(EventDraft d, Dependency dependent) {
        if (!accepts(d.tokenAt(dependent.dependent()))) {
            return false;
        }
        switch (role) {
            case SOURCE -> d.sources.add(dependent.dependent());
            case TARGET -> d.targets.add(dependent.dependent());
            case PASSIVE_TARGET -> {
                d.targets.add(dependent.dependent());
                d.passive = true;
            }
            case BETWEEN -> (d.trigger.mediation() ? d.targets : d.sources).add(dependent.dependent());
            case PREPOSITIONAL -> {
                return false; // read by ArgumentRoles.prepositional, not in the pass
            }
            default -> throw new IllegalStateException(role.name());
        }
        return true;
    }
}
