package org.argus.model;

/**
 * Where an input came from: a file and, for JSONL, the 1-based line. Used in every error message
 * so a user can find the bad input.
 */
public record SourceRef(String file, int line) {
    public static SourceRef file(String file) {
        return new SourceRef(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
