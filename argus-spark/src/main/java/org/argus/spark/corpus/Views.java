package org.argus.spark.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.EventClusters;
import org.argus.corpus.Sources;

/** The functions the corpus views run on the executors; each carries what it needs as fields. */
final class Views {
    /** A view's record (JSON) with the key that puts records in the view's order. */
    static final StructType SORTED = StructType.fromDDL("key STRING, record STRING");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Views() {
    }

    /** An article object with its id. */
    static final class WithId implements MapFunction<String, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(String document) throws Exception {
            return RowFactory.create(MAPPER.readTree(document).get("id").asText(), document);
        }
    }

    /** A row's first column, as a grouping key. */
    static final class FirstColumn implements MapFunction<Row, String> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String call(Row row) {
            return row.getString(0);
        }
    }

    /** (id, original, outlet and URL of the original) to (id, independent source). */
    static final class Independent implements MapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(Row r) {
            return RowFactory.create(r.<String>getAs("id"), Sources.independent(r.getAs("outlet"), r.getAs("url"), r.getAs("original")));
        }
    }

    /** The parties of the corpus actors by article and lower-cased name (see {@link ActorsView.Result#byArticleName}). */
    private static Map<String, AllianceGraph.Party> parties(Broadcast<HashMap<String, String[]>> names) {
        Map<String, AllianceGraph.Party> out = new HashMap<>();
        names.value().forEach((k, v) -> out.put(k, new AllianceGraph.Party(v[0], v[1], v[2])));
        return out;
    }

    /** An article's alliance reports. */
    static final class AllianceReports implements FlatMapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Broadcast<HashMap<String, String[]>> names;
        private transient Map<String, AllianceGraph.Party> parties;

        AllianceReports(Broadcast<HashMap<String, String[]>> names) {
            this.names = names;
        }

        @Override
        public Iterator<Row> call(Row r) throws Exception {
            if (parties == null) {
                parties = parties(names);
            }
            JsonNode doc = MAPPER.readTree(r.getString(0));
            List<Row> out = new ArrayList<>();
            for (Reports.Alliance a : Reports.alliances(doc, r.getString(1), parties)) {
                if (AllianceGraph.relationOf(a.report().type()).isPresent()) {
                    out.add(ReportRows.alliance(a));
                }
            }
            return out.iterator();
        }
    }

    /** An article's clustering reports. */
    static final class ClusterReports implements FlatMapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Broadcast<HashMap<String, String[]>> names;
        private transient Map<String, AllianceGraph.Party> parties;

        ClusterReports(Broadcast<HashMap<String, String[]>> names) {
            this.names = names;
        }

        @Override
        public Iterator<Row> call(Row r) throws Exception {
            if (parties == null) {
                parties = parties(names);
            }
            List<Row> out = new ArrayList<>();
            Reports.clusters(MAPPER.readTree(r.getString(0)), r.getString(1), parties).forEach(c -> out.add(ReportRows.cluster(c)));
            return out.iterator();
        }
    }

    /** The reports of one edge, in the corpus's order, as the edge {@link AllianceGraph#build} makes of them. */
    static final class Edges implements FlatMapGroupsFunction<String, Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(String edge, Iterator<Row> rows) {
            List<Row> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            list.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparingInt(r -> r.getInt(2)).thenComparingInt(r -> r.getInt(3))
                    .thenComparingInt(r -> r.getInt(4)));
            List<AllianceGraph.Report> reports = new ArrayList<>();
            list.forEach(r -> reports.add(ReportRows.alliance(r)));
            List<Row> out = new ArrayList<>();
            for (AllianceGraph.Edge e : AllianceGraph.build(reports)) {
                ObjectNode o = MAPPER.createObjectNode();
                o.set("source", CorpusViews.party(e.source()));
                o.set("target", CorpusViews.party(e.target()));
                o.put("relation", e.relation().name());
                o.put("weight", e.weight());
                e.articles().forEach(o.putArray("articles")::add);
                ArrayNode evidence = o.putArray("evidence");
                e.evidence().forEach(ev -> evidence.addObject().put("article", ev.article()).put("sentence", oneLine(ev.sentence())));
                o.put("from", e.firstDate());
                o.put("to", e.lastDate());
                String key = String.format("%010d", Integer.MAX_VALUE - e.weight()) + "\u0000" + e.source().name() + "\u0000"
                        + e.target().name() + "\u0000" + e.relation();
                out.add(RowFactory.create(key, o.toString()));
            }
            return out.iterator();
        }
    }

    /** The reports of one part, numbered in the corpus's order, clustered set by set ({@link ClusterParts}). */
    static final class Clusters implements FlatMapGroupsFunction<String, Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(String part, Iterator<Row> rows) {
            List<Row> list = new ArrayList<>();
            rows.forEachRemaining(list::add);
            list.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparingInt(r -> r.getInt(2)));
            List<EventClusters.Report> reports = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                reports.add(ReportRows.cluster(list.get(i), i));
            }
            List<Row> out = new ArrayList<>();
            for (List<EventClusters.Report> set : ClusterParts.split(reports)) {
                for (EventClusters.Cluster c : EventClusters.cluster(set)) {
                    out.add(RowFactory.create(key(c), record(c).toString()));
                }
            }
            return out.iterator();
        }

        private static String key(EventClusters.Cluster c) {
            LocalDate start = EventClusters.start(c.date(), c.precision());
            int rank = switch (c.precision()) {
                case "day" -> 0;
                case "week" -> 1;
                case "month" -> 2;
                default -> 3;
            };
            EventClusters.Report first = c.reports().get(0);
            return start + "\u0000" + rank + "\u0000" + c.type().name() + "\u0000" + first.article() + "\u0000" + first.sentence();
        }

        private static ObjectNode record(EventClusters.Cluster c) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("date", c.date());
            o.put("precision", c.precision());
            o.put("type", c.type().name());
            o.put("negated", c.negated());
            o.put("modality", c.modality().name().toLowerCase(java.util.Locale.ROOT));
            c.dates().forEach(o.putArray("dates")::add);
            c.places().forEach(o.putArray("places")::add);
            c.figures().forEach(o.putArray("figures")::add);
            ArrayNode sources = o.putArray("sources");
            c.sources().forEach(p -> sources.add(CorpusViews.party(p)));
            ArrayNode targets = o.putArray("targets");
            c.targets().forEach(p -> targets.add(CorpusViews.party(p)));
            o.put("independentSources", c.independentSources());
            ArrayNode reports = o.putArray("reports");
            for (EventClusters.Report r : c.reports()) {
                ObjectNode rep = reports.addObject();
                rep.put("article", r.article());
                rep.put("type", r.type().name());
                rep.put("date", r.date());
                rep.put("precision", r.precision());
                rep.put("textDated", r.textDated());
                rep.put("place", r.place() == null ? null : r.place().name());
                rep.put("sentence", r.sentence());
                r.figures().forEach(rep.putArray("figures")::add);
            }
            return o;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
