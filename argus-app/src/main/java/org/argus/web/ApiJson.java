package org.argus.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;
import org.argus.output.EventJson;
import org.argus.output.QuoteJson;
import org.argus.store.CorpusEvent;
import org.argus.store.Page;
import org.argus.store.StoredQuote;

/**
 * The JSON the API answers with. Every item is the object the rest of Argus prints for it: an event
 * is {@link EventJson}'s object and a quote {@link QuoteJson}'s, each after its article's id, title
 * and date (as {@code argus events --format json} prints events); an alliance edge and a dispute
 * have the shape of {@code argus alliances} and {@code argus claims} in JSON; records (actors,
 * timeline entries, article summaries) are written field by field as those commands write them.
 * Stateless and thread-safe.
 */
final class ApiJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventJson eventJson = new EventJson();
    private final QuoteJson quoteJson = new QuoteJson();

    ObjectMapper mapper() {
        return mapper;
    }

    /** {@code {"items": [...], "next": cursor or null}}. */
    <T> ObjectNode page(Page<T> page, Function<T, JsonNode> item) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode items = o.putArray("items");
        page.items().forEach(i -> items.add(item.apply(i)));
        o.put("next", page.next());
        return o;
    }

    /** A record or other value as Jackson writes it (as the CLI's JSON listings do). */
    JsonNode value(Object value) {
        return mapper.valueToTree(value);
    }

    JsonNode event(CorpusEvent e) {
        return withArticle(e.article(), e.title(), e.published(), eventJson.writeWithSentence(e.event(), e.sentence()));
    }

    JsonNode quote(StoredQuote q) {
        return withArticle(q.article(), q.title(), q.published(), quoteJson.writeWithSpeakerWords(q.quote(), q.speakerWords()));
    }

    private ObjectNode withArticle(String article, String title, String published, ObjectNode item) {
        ObjectNode out = mapper.createObjectNode().put("article", article).put("title", title).put("published", published);
        out.setAll(item);
        return out;
    }

    /** An edge as {@code argus alliances --format json} writes it. */
    JsonNode edge(AllianceGraph.Edge e) {
        ObjectNode o = mapper.createObjectNode();
        o.set("source", party(e.source()));
        o.set("target", party(e.target()));
        o.put("relation", e.relation().name());
        o.put("weight", e.weight());
        e.articles().forEach(o.putArray("articles")::add);
        evidence(o.putArray("evidence"), e.evidence());
        o.put("from", e.firstDate());
        o.put("to", e.lastDate());
        return o;
    }

    /** A dispute as {@code argus claims --format json} writes it. */
    JsonNode dispute(Disputes.Dispute d) {
        ObjectNode o = mapper.createObjectNode();
        o.set("accused", party(d.accused()));
        ArrayNode asserted = o.putArray("assertedBy");
        for (Disputes.Side side : d.asserted()) {
            ObjectNode s = asserted.addObject();
            s.set("party", party(side.party()));
            evidence(s.putArray("evidence"), side.evidence());
        }
        evidence(o.putArray("denials"), d.denied());
        d.articles().forEach(o.putArray("articles")::add);
        return o;
    }

    /** An array of items. */
    <T> ArrayNode array(List<T> items, Function<T, JsonNode> item) {
        ArrayNode out = mapper.createArrayNode();
        items.forEach(i -> out.add(item.apply(i)));
        return out;
    }

    /** The body of an error answer. */
    ObjectNode error(String message, String parameter) {
        ObjectNode o = mapper.createObjectNode().put("error", message);
        if (parameter != null) {
            o.put("parameter", parameter);
        }
        return o;
    }

    String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private ObjectNode party(AllianceGraph.Party p) {
        return mapper.createObjectNode().put("id", p.id()).put("name", p.name()).put("country", p.country());
    }

    private static void evidence(ArrayNode into, List<AllianceGraph.Evidence> evidence) {
        for (AllianceGraph.Evidence ev : evidence) {
            into.addObject().put("article", ev.article()).put("sentence", ev.sentence() == null ? "" : ev.sentence().replaceAll("\\s+", " ").strip());
        }
    }
}
