package org.argus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.argus.corpus.AllianceGraph;

/** How the corpus views print parties and evidence sentences. */
final class Parties {
    private Parties() {
    }

    /** "Russia (RUS)", or the bare name when the party has no country. */
    static String label(AllianceGraph.Party p) {
        return p.country() == null ? p.name() : p.name() + " (" + p.country() + ")";
    }

    /** A sentence on one line. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static ObjectNode json(AllianceGraph.Party p) {
        return JsonNodeFactory.instance.objectNode().put("id", p.id()).put("name", p.name()).put("country", p.country());
    }

    static void evidence(ArrayNode into, List<AllianceGraph.Evidence> evidence) {
        for (AllianceGraph.Evidence ev : evidence) {
            into.addObject().put("article", ev.article()).put("sentence", oneLine(ev.sentence()));
        }
    }
}
