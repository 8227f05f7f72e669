package org.argus.model;

import java.util.Objects;

/**
 * One article as ingested, before extraction.
 *
 * @param id        stable id: given in JSONL, else derived from the file name
 * @param source    where it came from, for error messages and provenance
 * @param format    whether {@code content} is HTML or text
 * @param content   the page or text as read
 * @param title     title given by the input, or null
 * @param url       URL given by the input, or null
 * @param published publication date given by the input (origin GIVEN), or null
 * @param outlet    the publishing outlet given by the input, or null
 */
public record RawDocument(String id, SourceRef source, InputFormat format, String content,
                          String title, String url, PublishedDate published, String outlet) {
    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }
}
