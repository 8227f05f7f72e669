package org.argus.model;

/** The form an article's content arrives in. */
public enum InputFormat {
    /** Plain text, possibly with clutter from a scraper (menus, promos, captions as lines). */
    TEXT,
    /** An HTML page. */
    HTML
}
