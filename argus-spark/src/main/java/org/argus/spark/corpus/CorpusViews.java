package org.argus.spark.corpus;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.argus.actors.ActorDictionary;
import org.argus.corpus.ActorDirectives;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.CorpusActors;
import org.argus.corpus.Sources;
import org.argus.spark.rows.Outputs;

/**
 * The views that need the whole corpus, computed from the analysed articles with the logic the
 * store runs ({@code org.argus.corpus}): near-duplicates and each article's independent source,
 * the corpus actors and their merges, the alliance graph, and the event clusters. Each is written
 * as an output; loading the articles into the store ({@code argus spark load}) gives the same views
 * there.
 */
public final class CorpusViews {
    /** A shingle found in more articles than this proposes no near-duplicate pair (see {@link Duplicates}). */
    public static final int MAX_SHINGLE_ARTICLES = 1000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SparkSession spark;
    private final Outputs outputs;
    private final Path dictionary;

    /** {@code dictionary} is the analyst's actor dictionary (its aliases and distinct names direct the merges), or null. */
    public CorpusViews(SparkSession spark, Outputs outputs, Path dictionary) {
        this.spark = spark;
        this.outputs = outputs;
        this.dictionary = dictionary;
    }

    /** Computes and writes every view from the article objects. */
    public void run(Dataset<String> documents) {
        Dataset<Row> facts = Duplicates.facts(documents).persist();
        try {
            List<Duplicates.Link> links = Duplicates.links(spark, facts, MAX_SHINGLE_ARTICLES);
            Map<String, String> originals = Duplicates.originals(links);
            List<Row> linkRows = new ArrayList<>();
            links.forEach(l -> linkRows.add(RowFactory.create(l.article(), originals.get(l.article()), l.containment())));
            Dataset<Row> linked = spark.createDataFrame(linkRows, StructType.fromDDL("article STRING, original STRING, containment DOUBLE"));
            writeDuplicates(linked, facts);
            Dataset<Row> independent = independent(linked, facts);

            ActorsView.Result actors = ActorsView.run(documents, directives());
            writeActors(actors);
            HashMap<String, String[]> names = new HashMap<>();
            actors.byArticleName().forEach((k, p) -> names.put(k, new String[] {p.id(), p.name(), p.country()}));
            Broadcast<HashMap<String, String[]>> resolve = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(names);

            Dataset<Row> sourced = documents.map(new Views.WithId(), Encoders.row(StructType.fromDDL("id STRING, document STRING")))
                    .join(independent, "id").select("document", "independent");
            Dataset<Row> edges = sourced.flatMap(new Views.AllianceReports(resolve), Encoders.row(ReportRows.ALLIANCE))
                    .groupByKey(new Views.FirstColumn(), Encoders.STRING())
                    .flatMapGroups(new Views.Edges(), Encoders.row(Views.SORTED));
            outputs.write("alliances", edges.orderBy("key").select("record").as(Encoders.STRING()), null);
            Dataset<Row> clusters = sourced.flatMap(new Views.ClusterReports(resolve), Encoders.row(ReportRows.CLUSTER))
                    .groupByKey(new Views.FirstColumn(), Encoders.STRING())
                    .flatMapGroups(new Views.Clusters(), Encoders.row(Views.SORTED));
            outputs.write("clusters", clusters.orderBy("key").select("record").as(Encoders.STRING()), null);
        } finally {
            facts.unpersist();
        }
    }

    private ActorDirectives directives() {
        if (dictionary == null) {
            return ActorDirectives.none();
        }
        return ActorDirectives.of(ActorDirectives.rows(ActorDictionary.load(dictionary, problem -> { }), dictionary.toString()));
    }

    /** Each article's independent source: its group original's outlet or host, else the original's id. */
    private static Dataset<Row> independent(Dataset<Row> linked, Dataset<Row> facts) {
        Dataset<Row> withOriginal = facts.select("id").join(linked.select(col("article").as("id"), col("original")), "id", "left")
                .withColumn("original", coalesce(col("original"), col("id")));
        Dataset<Row> o = facts.select(col("id").as("original"), col("outlet"), col("url"));
        return withOriginal.join(o, "original").map(new Views.Independent(),
                Encoders.row(StructType.fromDDL("id STRING, independent STRING")));
    }

    private void writeDuplicates(Dataset<Row> linked, Dataset<Row> facts) {
        List<String> records = new ArrayList<>();
        Dataset<Row> a = facts.select(col("id").as("article"), col("outlet").as("aOutlet"), col("url").as("aUrl"));
        Dataset<Row> o = facts.select(col("id").as("original"), col("outlet").as("oOutlet"), col("url").as("oUrl"));
        for (Row r : linked.join(a, "article").join(o, "original").orderBy("original", "article").collectAsList()) {
            ObjectNode rec = MAPPER.createObjectNode();
            rec.put("article", r.<String>getAs("article"));
            rec.put("articleOutlet", Sources.outlet(r.getAs("aOutlet"), r.getAs("aUrl")));
            rec.put("original", r.<String>getAs("original"));
            rec.put("originalOutlet", Sources.outlet(r.getAs("oOutlet"), r.getAs("oUrl")));
            rec.put("containment", r.<Double>getAs("containment"));
            records.add(rec.toString());
        }
        outputs.write("duplicates", spark.createDataset(records, Encoders.STRING()).coalesce(1), null);
    }

    private void writeActors(ActorsView.Result result) {
        List<String> actors = new ArrayList<>();
        for (CorpusActors.Actor a : result.actors()) {
            ObjectNode rec = MAPPER.createObjectNode().put("id", a.id()).put("name", a.name()).put("type", a.type())
                    .put("country", a.country()).put("sector", a.sector()).put("role", a.role());
            strings(rec.putArray("aliases"), a.aliases());
            rec.put("mentions", a.mentions());
            strings(rec.putArray("articles"), a.articles());
            strings(rec.putArray("evidence"), a.evidence());
            actors.add(rec.toString());
        }
        outputs.write("corpus_actors", spark.createDataset(actors, Encoders.STRING()), null);
        List<String> merges = new ArrayList<>();
        for (CorpusActors.Merge m : result.merges()) {
            merges.add(MAPPER.createObjectNode().put("from", m.from()).put("into", m.into()).put("evidence", m.evidence()).toString());
        }
        outputs.write("actor_merges", spark.createDataset(merges, Encoders.STRING()).coalesce(1), null);
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }

    /** A party's JSON as the corpus views print it. */
    static ObjectNode party(AllianceGraph.Party p) {
        return MAPPER.createObjectNode().put("id", p.id()).put("name", p.name()).put("country", p.country());
    }
}
