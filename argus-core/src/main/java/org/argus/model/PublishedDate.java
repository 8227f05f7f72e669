package org.argus.model;

import java.time.LocalDate;

/** An article's publication date and where it was learned from. */
public record PublishedDate(LocalDate date, Origin origin) {
    public enum Origin { GIVEN, METADATA, URL, TEXT, ESTIMATED }

    public PublishedDate {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(origin, "origin");
    }
}
