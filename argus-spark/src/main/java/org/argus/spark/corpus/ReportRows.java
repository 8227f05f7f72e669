package org.argus.spark.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.EventClusters;
import org.argus.model.Event;
import org.argus.model.EventType;
import scala.jdk.javaapi.CollectionConverters;

/** The reports of the corpus views as Spark rows, so the cluster can group them; converts both ways. Stateless. */
final class ReportRows {
    private static final String PARTY = "STRUCT<id: STRING, name: STRING, country: STRING>";

    /** An alliance report under its edge's key, with its place in the corpus's order. */
    static final StructType ALLIANCE = StructType.fromDDL("edge STRING, article STRING, event INT, si INT, ti INT, source " + PARTY
            + ", target " + PARTY + ", type STRING, negated BOOLEAN, modality STRING, sentence STRING, date STRING, independent STRING");

    /** A clustering report under its part's key ({@link EventClusters#part}), with its place in the corpus's order. */
    static final StructType CLUSTER = StructType.fromDDL("part STRING, article STRING, event INT, independent STRING, type STRING, "
            + "negated BOOLEAN, modality STRING, date STRING, precision STRING, textDated BOOLEAN, place STRUCT<name: STRING, "
            + "country: STRING, lat: DOUBLE, lon: DOUBLE>, sources ARRAY<" + PARTY + ">, targets ARRAY<" + PARTY + ">, sentence STRING, "
            + "figures ARRAY<STRING>, guessed BOOLEAN");

    private ReportRows() {
    }

    static Row alliance(Reports.Alliance a) {
        AllianceGraph.Report r = a.report();
        String edge = r.source().id() + "\u001f" + r.target().id() + "\u001f" + AllianceGraph.relationOf(r.type()).map(Enum::name).orElse("");
        return RowFactory.create(edge, a.article(), a.event(), a.si(), a.ti(), party(r.source()), party(r.target()), r.type().name(),
                r.negated(), r.modality().name(), r.sentence(), r.date(), r.independentSource());
    }

    static AllianceGraph.Report alliance(Row row) {
        return new AllianceGraph.Report(party(row.getStruct(5)), party(row.getStruct(6)), EventType.valueOf(row.getString(7)),
                row.getBoolean(8), Event.Modality.valueOf(row.getString(9)), row.getString(1), row.getString(10), row.getString(11),
                row.getString(12));
    }

    static Row cluster(Reports.Cluster c) {
        EventClusters.Report r = c.report();
        EventClusters.Place p = r.place();
        return RowFactory.create(EventClusters.part(r), c.article(), c.event(), r.source(), r.type().name(), r.negated(), r.modality().name(),
                r.date(), r.precision(), r.textDated(), p == null ? null : RowFactory.create(p.name(), p.country(), p.lat(), p.lon()),
                partyRows(r.sources()), partyRows(r.targets()), r.sentence(), CollectionConverters.asScala(r.figures()).toList(), r.guessedDate());
    }

    /** The clustering report of a row, under {@code key} (its rank in the corpus's order). */
    static EventClusters.Report cluster(Row row, long key) {
        Row p = row.getStruct(10);
        EventClusters.Place place = p == null ? null : new EventClusters.Place(p.getString(0), p.getString(1),
                p.isNullAt(2) ? null : p.getDouble(2), p.isNullAt(3) ? null : p.getDouble(3));
        return new EventClusters.Report(key, row.getString(1), row.getString(3), EventType.valueOf(row.getString(4)), row.getBoolean(5),
                Event.Modality.valueOf(row.getString(6)), row.getString(7), row.getString(8), row.getBoolean(9), place,
                parties(row.<Row>getList(11)), parties(row.<Row>getList(12)), row.getString(13), row.getList(14), row.getBoolean(15));
    }

    private static Row party(AllianceGraph.Party p) {
        return RowFactory.create(p.id(), p.name(), p.country());
    }

    private static AllianceGraph.Party party(Row r) {
        return new AllianceGraph.Party(r.getString(0), r.getString(1), r.getString(2));
    }

    private static Object partyRows(List<AllianceGraph.Party> parties) {
        List<Row> rows = new ArrayList<>();
        parties.forEach(p -> rows.add(party(p)));
        return CollectionConverters.asScala(rows).toList();
    }

    private static List<AllianceGraph.Party> parties(List<Row> rows) {
        List<AllianceGraph.Party> out = new ArrayList<>();
        rows.forEach(r -> out.add(party(r)));
        return out;
    }
}
