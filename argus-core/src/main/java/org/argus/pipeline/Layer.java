package org.argus.pipeline;

/** A layer of the document model that a stage requires or provides. */
public enum Layer {
    /** The raw input: always present. */
    RAW,
    /** Extracted article text and metadata. */
    TEXT,
    TOKENS, SENTENCES, POS, LEMMAS, NER, DEPENDENCIES,
    ACTORS, QUOTES, EVENTS,
    /** Event dates resolved against the published date. */
    EVENT_DATES,
    /** Event places resolved with the gazetteer. */
    EVENT_PLACES,
    /** Event parties coded by their place or document where they have no code of their own. */
    EVENT_CODES
}
