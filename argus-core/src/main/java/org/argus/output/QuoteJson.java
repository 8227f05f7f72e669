package org.argus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.argus.model.Quote;
import org.argus.model.Span;

/**
 * The one JSON shape of a quote (docs/schema.md), as {@code analyze --format jsonl} prints it and the
 * API serves it. The speaker's {@code name} is the text's own words at the speaker's offsets ("he",
 * "the ministry"), {@code actor} and {@code actorName} the actor they resolve to. Stateless.
 */
public final class QuoteJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The quote as a JSON object; {@code text} is the document's analysed text. */
    public ObjectNode write(Quote q, String text) {
        return writeWithSpeakerWords(q, q.speaker() == null ? null : wordsAt(q.speaker().span(), text, null));
    }

    /**
     * The quote as a JSON object, the text's words at its speaker's offsets given (as a store reads
     * them); null stands for the speaker's name, as when the offsets lie outside the text.
     */
    public ObjectNode writeWithSpeakerWords(Quote q, String speakerWords) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", q.text());
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            ObjectNode s = o.putObject("speaker");
            Span at = q.speaker().span();
            s.put("name", speakerWords == null ? q.speaker().name() : speakerWords);
            s.put("actor", q.speaker().actorId());
            s.put("actorName", q.speaker().actorId() == null ? null : q.speaker().name());
            EventJson.putSpan(s, at);
        }
        if (q.cue() == null) {
            o.putNull("cue");
        } else {
            ObjectNode cue = o.putObject("cue");
            cue.put("text", q.cue().text());
            EventJson.putSpan(cue, q.cue().span());
        }
        ArrayNode trace = o.putArray("trace");
        q.trace().forEach(trace::add);
        return o;
    }

    /** The text at {@code at} when the span lies inside it, else {@code otherwise}. */
    private static String wordsAt(Span at, String text, String otherwise) {
        return at != null && at.start() >= 0 && at.end() <= text.length() && at.start() < at.end() ? at.of(text) : otherwise;
    }
}
