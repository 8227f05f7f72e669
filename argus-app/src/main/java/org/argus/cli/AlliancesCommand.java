package org.argus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.argus.corpus.AllianceGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argus alliances}: the signed who-backs-whom graph of the corpus. */
@Command(name = "alliances", mixinStandardHelpOptions = true,
        description = "Who backs and who opposes whom across the corpus: signed edges between resolved actors, "
                + "weighted by the number of articles, each with its evidence sentences.")
final class AlliancesCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum Format { text, json, graphml }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Mixin
    EventDateRange dates;

    @Override
    public Integer call() {
        List<AllianceGraph.Edge> edges = ViewOutput.query(dbOption, store -> store.alliances(dates.from, dates.to));
        switch (format) {
            case text -> ViewOutput.text(spec, out -> text(out, edges));
            case json -> ViewOutput.json(spec, json(edges));
            case graphml -> ViewOutput.text(spec, out -> graphml(out, edges));
        }
        return 0;
    }

    private static void text(PrintWriter out, List<AllianceGraph.Edge> edges) {
        if (edges.isEmpty()) {
            out.println("(no support or opposition between resolved actors)");
        }
        for (AllianceGraph.Edge e : edges) {
            out.printf("%s %s %s  (%d article%s%s)%n", Parties.label(e.source()), e.relation() == AllianceGraph.Relation.SUPPORT ? "+SUPPORTS+" : "-OPPOSES-",
                    Parties.label(e.target()), e.weight(), e.weight() == 1 ? "" : "s",
                    e.firstDate() == null ? "" : ", " + e.firstDate() + (e.firstDate().equals(e.lastDate()) ? "" : " to " + e.lastDate()));
            for (AllianceGraph.Evidence ev : e.evidence()) {
                out.printf("    [%s] %s%n", ev.article(), Parties.oneLine(ev.sentence()));
            }
        }
    }

    private static ArrayNode json(List<AllianceGraph.Edge> edges) {
        ArrayNode array = ViewOutput.array();
        for (AllianceGraph.Edge e : edges) {
            ObjectNode o = array.addObject();
            o.set("source", Parties.json(e.source()));
            o.set("target", Parties.json(e.target()));
            o.put("relation", e.relation().name());
            o.put("weight", e.weight());
            e.articles().forEach(o.putArray("articles")::add);
            Parties.evidence(o.putArray("evidence"), e.evidence());
            o.put("from", e.firstDate());
            o.put("to", e.lastDate());
        }
        return array;
    }

    /** GraphML for network tools (Gephi, yEd, networkx); every text is XML-escaped. */
    private static void graphml(PrintWriter out, List<AllianceGraph.Edge> edges) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
        out.println("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>");
        out.println("  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>");
        out.println("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>");
        out.println("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>");
        out.println("  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"string\"/>");
        out.println("  <graph id=\"alliances\" edgedefault=\"directed\">");
        Map<String, AllianceGraph.Party> nodes = new LinkedHashMap<>();
        for (AllianceGraph.Edge e : edges) {
            nodes.putIfAbsent(e.source().id(), e.source());
            nodes.putIfAbsent(e.target().id(), e.target());
        }
        for (AllianceGraph.Party p : nodes.values()) {
            out.printf("    <node id=\"%s\"><data key=\"name\">%s</data>%s</node>%n", xml(p.id()), xml(p.name()),
                    p.country() == null ? "" : "<data key=\"country\">" + xml(p.country()) + "</data>");
        }
        int n = 0;
        for (AllianceGraph.Edge e : edges) {
            out.printf("    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"relation\">%s</data>"
                    + "<data key=\"weight\">%d</data><data key=\"articles\">%s</data></edge>%n", n++, xml(e.source().id()),
                    xml(e.target().id()), e.relation(), e.weight(), xml(String.join(" ", e.articles())));
        }
        out.println("  </graph>");
        out.println("</graphml>");
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
