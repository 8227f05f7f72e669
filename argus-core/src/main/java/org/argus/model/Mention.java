package org.argus.model;

/** One place in the text where an actor is named. */
public record Mention(String text, Span span) {
}
