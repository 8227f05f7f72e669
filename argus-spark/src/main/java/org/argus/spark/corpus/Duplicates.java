package org.argus.spark.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.argus.corpus.Fingerprint;

/**
 * Near-duplicate articles as the store finds them at ingest, with articles taken in id order (the
 * order {@code argus spark load} stores them in): an article repeats the earlier article whose
 * sampled shingles ({@link Fingerprint}) hold the largest share of the shorter text, when that share
 * reaches {@link Fingerprint#MIN_CONTAINMENT} (ties to the earlier one), and is linked to that
 * article's original, so a group has one original.
 *
 * <p>Candidates are the pairs that share a shingle hash, found by a join on the hash; a hash found in
 * more than {@code maxShingleArticles} articles (boilerplate: "all rights reserved") proposes no pair,
 * so the join stays linear, but a proposed pair's share is counted over all its hashes. The links,
 * one per duplicate article, are resolved to their originals on the driver.
 */
final class Duplicates {
    /** Article facts the views need: id, outlet, URL, fingerprint. */
    static final StructType FACTS = StructType.fromDDL("id STRING, outlet STRING, url STRING, fp ARRAY<BIGINT>");

    private Duplicates() {
    }

    /** A link: {@code article} repeats {@code original}, sharing {@code containment} of the shorter text with {@code best}. */
    record Link(String article, String best, double containment) {
    }

    /** The facts of each article object. */
    static Dataset<Row> facts(Dataset<String> documents) {
        return documents.map(new Facts(), Encoders.row(FACTS));
    }

    /** Each duplicate article's best earlier match, in article id order. */
    static List<Link> links(SparkSession spark, Dataset<Row> facts, int maxShingleArticles) {
        Dataset<Row> postings = facts.filter(size(col("fp")).geq(Fingerprint.MIN_SAMPLE))
                .select(col("id"), explode(col("fp")).as("hash"));
        Dataset<Row> rare = postings.groupBy("hash").count().filter(col("count").leq(maxShingleArticles)).select("hash");
        Dataset<Row> usable = postings.join(rare, "hash");
        Dataset<Row> pairs = usable.as("a").join(usable.as("b"), col("a.hash").equalTo(col("b.hash")).and(col("a.id").gt(col("b.id"))))
                .select(col("a.id").as("article"), col("b.id").as("earlier")).distinct();
        Dataset<Row> scored = pairs
                .join(facts.select(col("id").as("article"), col("fp").as("fa")), "article")
                .join(facts.select(col("id").as("earlier"), col("fp").as("fb")), "earlier")
                .map(new Containment(), Encoders.row(StructType.fromDDL("article STRING, earlier STRING, containment DOUBLE")))
                .filter(col("containment").geq(Fingerprint.MIN_CONTAINMENT));
        Dataset<Row> best = scored.withColumn("rank", row_number().over(Window.partitionBy("article")
                        .orderBy(col("containment").desc(), col("earlier").asc())))
                .filter(col("rank").equalTo(1)).orderBy("article");
        List<Link> out = new ArrayList<>();
        for (Row r : best.collectAsList()) {
            out.add(new Link(r.getString(0), r.getString(1), r.getDouble(2)));
        }
        return out;
    }

    /** Each duplicate's original: its best match's original, or the best match (links in article order). */
    static Map<String, String> originals(List<Link> links) {
        Map<String, String> original = new HashMap<>();
        for (Link l : links) {
            original.put(l.article(), original.getOrDefault(l.best(), l.best()));
        }
        return original;
    }

    /** An article object's facts. */
    private static final class Facts implements MapFunction<String, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public Row call(String document) throws Exception {
            JsonNode doc = MAPPER.readTree(document);
            long[] fp = Fingerprint.of(doc.path("text").asText(""));
            List<Long> hashes = new ArrayList<>(fp.length);
            for (long h : fp) {
                hashes.add(h);
            }
            return RowFactory.create(doc.get("id").asText(), text(doc, "source"), text(doc, "url"),
                    scala.jdk.javaapi.CollectionConverters.asScala(hashes).toList());
        }

        private static String text(JsonNode doc, String field) {
            JsonNode v = doc.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    /** The containment of a candidate pair, over all their sampled hashes. */
    private static final class Containment implements MapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(Row r) {
            long[] a = longs(r.getList(r.fieldIndex("fa")));
            long[] b = longs(r.getList(r.fieldIndex("fb")));
            return RowFactory.create(r.getString(r.fieldIndex("article")), r.getString(r.fieldIndex("earlier")),
                    Math.min(1.0, Fingerprint.containment(a, b)));
        }

        private static long[] longs(List<Long> list) {
            long[] out = new long[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
            }
            return out;
        }
    }
}
