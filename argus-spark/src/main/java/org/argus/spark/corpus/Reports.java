package org.argus.spark.corpus;

import static org.argus.spark.corpus.ActorsView.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.EventClusters;
import org.argus.corpus.PartyIds;
import org.argus.model.Event;
import org.argus.model.EventType;

/**
 * An article's events as the reports of the corpus views, read from its article object as the store
 * reads them from its tables: parties resolved to corpus actors by article and name; an event the
 * text does not date takes its article's date. Stateless.
 */
final class Reports {
    private Reports() {
    }

    /** One alliance report with its place in the corpus's order (article, event, source, target). */
    record Alliance(String article, int event, int si, int ti, AllianceGraph.Report report) {
    }

    /** One clustering report with its place in the corpus's order (article, event). */
    record Cluster(String article, int event, EventClusters.Report report) {
    }

    /**
     * The alliance reports of an article: one per source and target pair of each event, the parties
     * being those with an actor in the text that resolve to a corpus actor.
     */
    static List<Alliance> alliances(JsonNode doc, String independent, Map<String, AllianceGraph.Party> byArticleName) {
        String article = doc.get("id").asText();
        String published = text(doc, "published");
        List<Alliance> out = new ArrayList<>();
        int index = 0;
        for (JsonNode e : doc.path("events")) {
            List<AllianceGraph.Party> sources = resolved(e.path("source"), article, byArticleName);
            List<AllianceGraph.Party> targets = resolved(e.path("target"), article, byArticleName);
            String date = text(e, "date") != null ? text(e, "date") : published;
            String sentence = text(e.path("sentence"), "text");
            for (int si = 0; si < sources.size(); si++) {
                for (int ti = 0; ti < targets.size(); ti++) {
                    out.add(new Alliance(article, index, si, ti, new AllianceGraph.Report(sources.get(si), targets.get(ti), type(e),
                            e.path("negated").asBoolean(), modality(e), article, sentence, date, independent)));
                }
            }
            index++;
        }
        return out;
    }

    private static List<AllianceGraph.Party> resolved(JsonNode parties, String article, Map<String, AllianceGraph.Party> byArticleName) {
        List<AllianceGraph.Party> out = new ArrayList<>();
        for (JsonNode p : parties) {
            if (text(p, "actor") == null) {
                continue;
            }
            AllianceGraph.Party party = byArticleName.get(key(article, p));
            if (party != null) {
                out.add(party);
            }
        }
        return out;
    }

    /**
     * The clustering reports of an article: each event with a date (its own, else its article's),
     * its parties resolved to corpus actors or else named ({@link PartyIds}), its place and figures.
     */
    static List<Cluster> clusters(JsonNode doc, String independent, Map<String, AllianceGraph.Party> byArticleName) {
        String article = doc.get("id").asText();
        String published = text(doc, "published");
        String publishedOrigin = text(doc, "publishedOrigin");
        List<Cluster> out = new ArrayList<>();
        int index = -1;
        for (JsonNode e : doc.path("events")) {
            index++;
            String own = text(e, "date");
            String date = own != null ? own : published;
            if (date == null) {
                continue;
            }
            String origin = text(e, "dateOrigin");
            boolean textDated = own != null && !"published".equals(origin == null ? "text" : origin);
            String precision = textDated && text(e, "datePrecision") != null ? text(e, "datePrecision") : "day";
            boolean guessed = own == null && "estimated".equals(publishedOrigin)
                    || "published".equals(origin) && "estimated".equals(publishedOrigin);
            JsonNode place = e.path("place");
            EventClusters.Place where = place.isObject() && text(place, "name") != null
                    ? new EventClusters.Place(text(place, "name"), text(place, "country"), number(place, "lat"), number(place, "lon")) : null;
            List<AllianceGraph.Party> sources = named(e.path("source"), article, byArticleName);
            List<AllianceGraph.Party> targets = named(e.path("target"), article, byArticleName);
            String sentence = text(e.path("sentence"), "text");
            out.add(new Cluster(article, index, new EventClusters.Report(index, article, independent, type(e), e.path("negated").asBoolean(),
                    modality(e), date, precision, textDated, where, sources, targets, sentence,
                    EventClusters.figures(sentence == null ? "" : sentence), guessed)));
        }
        return out;
    }

    private static List<AllianceGraph.Party> named(JsonNode parties, String article, Map<String, AllianceGraph.Party> byArticleName) {
        List<AllianceGraph.Party> out = new ArrayList<>();
        for (JsonNode p : parties) {
            String name = text(p, "name") == null ? "" : text(p, "name");
            AllianceGraph.Party actor = byArticleName.get(key(article, p));
            AllianceGraph.Party party = actor != null ? actor : new AllianceGraph.Party(PartyIds.unresolved(name), name, text(p, "country"));
            if (!out.contains(party)) {
                out.add(party);
            }
        }
        return out;
    }

    private static String key(String article, JsonNode party) {
        String name = text(party, "name") == null ? "" : text(party, "name");
        return article + "\u001f" + name.toLowerCase(Locale.ROOT);
    }

    private static EventType type(JsonNode e) {
        return EventType.valueOf(e.get("type").asText());
    }

    private static Event.Modality modality(JsonNode e) {
        return Event.Modality.valueOf(e.path("modality").asText("asserted").toUpperCase(Locale.ROOT));
    }

    private static Double number(JsonNode n, String field) {
        return n.path(field).isNumber() ? n.get(field).asDouble() : null;
    }
}
