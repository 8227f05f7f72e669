package org.argus.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.argus.model.Actor;
import org.argus.model.Mention;

/** The one JSON shape of a document's actor with its mentions (docs/schema.md). Stateless. */
public final class ActorJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode write(Actor actor) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", actor.id());
        o.put("name", actor.name());
        o.put("type", actor.type().name());
        o.put("country", actor.country());
        o.put("sector", actor.sector());
        o.put("role", actor.role());
        ArrayNode aliases = o.putArray("aliases");
        actor.aliases().forEach(aliases::add);
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : actor.mentions()) {
            ObjectNode mention = mentions.addObject();
            mention.put("text", m.text());
            EventJson.putSpan(mention, m.span());
            mention.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
            ArrayNode trace = mention.putArray("trace");
            m.trace().forEach(trace::add);
        }
        return o;
    }
}
