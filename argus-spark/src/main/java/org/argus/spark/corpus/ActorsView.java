package org.argus.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.argus.corpus.ActorDirectives;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.CorpusActors;
import org.argus.corpus.NameKey;

/**
 * The corpus actors ({@link CorpusActors}, the store's merging): every article's actors sorted by
 * name key and article in the cluster, then streamed in that order to the driver, which groups and
 * merges them as the store does. The driver holds one group per distinct actor name with its
 * articles, the same as the store's {@code actors} view.
 */
final class ActorsView {
    /** One article's actor: its name key, article and place among the article's actors, and what the store keeps of it. */
    static final StructType ROWS = StructType.fromDDL("nameKey STRING, article STRING, ordinal INT, name STRING, type STRING, "
            + "country STRING, sector STRING, role STRING, texts ARRAY<STRING>, mentions INT");

    /** The merged actors and the merges that made them. */
    record Result(List<CorpusActors.Actor> actors, List<CorpusActors.Merge> merges) {
        /**
         * (article id, U+001F, lower-cased name) to the corpus actor an event party of that name in that
         * article is, as the store resolves parties: an actor's name in one of its articles, else (for
         * a name no actor has there) the first actor, most mentioned first, with that alias there.
         */
        Map<String, AllianceGraph.Party> byArticleName() {
            Map<String, AllianceGraph.Party> out = new HashMap<>();
            for (CorpusActors.Actor a : actors) {
                AllianceGraph.Party party = new AllianceGraph.Party(a.id(), a.name(), a.country());
                for (String article : a.articles()) {
                    out.put(article + "\u001f" + a.name().toLowerCase(Locale.ROOT), party);
                    for (String alias : a.aliases()) {
                        out.putIfAbsent(article + "\u001f" + alias.toLowerCase(Locale.ROOT), party);
                    }
                }
            }
            return out;
        }
    }

    private ActorsView() {
    }

    static Result run(Dataset<String> documents, ActorDirectives directives) {
        Dataset<Row> rows = documents.flatMap(new ActorRows(), Encoders.row(ROWS)).orderBy("nameKey", "article", "ordinal");
        Map<String, CorpusActors.Group> groups = new LinkedHashMap<>();
        Iterator<Row> it = rows.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            groups.computeIfAbsent(r.getString(0), CorpusActors.Group::new).add(r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getString(7), r.getString(1), r.getList(8), r.getInt(9));
        }
        List<CorpusActors.Merge> merges = CorpusActors.merge(groups, directives);
        return new Result(CorpusActors.actors(groups), merges);
    }

    /** An article object's actors as rows. */
    private static final class ActorRows implements FlatMapFunction<String, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public Iterator<Row> call(String document) throws Exception {
            JsonNode doc = MAPPER.readTree(document);
            String article = doc.get("id").asText();
            List<Row> out = new ArrayList<>();
            int ordinal = 0;
            for (JsonNode a : doc.path("actors")) {
                List<String> texts = new ArrayList<>();
                int mentions = 0;
                for (JsonNode m : a.path("mentions")) {
                    mentions++;
                    if (!"pronoun".equals(m.path("kind").asText())) {
                        texts.add(m.path("text").asText());
                    }
                }
                String name = a.get("name").asText();
                String type = a.get("type").asText();
                out.add(RowFactory.create(NameKey.of(name, type), article, ordinal++, name, type, text(a, "country"), text(a, "sector"),
                        text(a, "role"), scala.jdk.javaapi.CollectionConverters.asScala(texts).toList(), mentions));
            }
            return out.iterator();
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
