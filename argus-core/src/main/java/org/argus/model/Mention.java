package org.argus.model;

import java.util.List;

/**
 * One place in the text where an actor is named, described or referred to by a pronoun.
 *
 * @param trace the ids of the units that read the mention and joined it to its actor, in order
 *              (docs/rules.md), or empty where no unit made it (an event's trigger)
 */
public record Mention(String text, Span span, Kind kind, List<String> trace) {
    /** How the text refers to the actor there. */
    public enum Kind {
        /** A proper name, acronym or the name of a country, capital or demonym. */
        NAME,
        /** A description the text ties to the actor ("the northern commander"). */
        DESCRIPTION,
        /** A personal or possessive pronoun resolved to the actor ("he", "its"). */
        PRONOUN
    }

    public Mention {
        if (kind == null) {
            kind = Kind.NAME;
        }
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** A name mention. */
    public Mention(String text, Span span) {
        this(text, span, Kind.NAME, List.of());
    }

    /** A mention of {@code kind} that no unit traced. */
    public Mention(String text, Span span, Kind kind) {
        this(text, span, kind, List.of());
    }
}
