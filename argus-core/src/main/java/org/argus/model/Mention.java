package org.argus.model;

/** One place in the text where an actor is named, described or referred to by a pronoun. */
public record Mention(String text, Span span, Kind kind) {
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
    }

    /** A name mention. */
    public Mention(String text, Span span) {
        this(text, span, Kind.NAME);
    }
}
