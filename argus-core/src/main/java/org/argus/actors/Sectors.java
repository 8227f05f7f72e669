package org.argus.actors;

import java.util.Map;

/** The documented sector codes (sectors.tsv), loaded once. */
final class Sectors {
    static final Map<String, String> CODES = ActorKnowledge.load().sectors();

    private Sectors() {
    }
}
