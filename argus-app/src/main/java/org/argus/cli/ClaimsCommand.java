package org.argus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.corpus.AllianceGraph;
import org.argus.corpus.Disputes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argus claims}: disputed claims, who asserts and who denies, with their sentences. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Disputed claims across the corpus: a party accused by others that denies, with who asserts, "
                + "who denies and the sentences on each side.")
final class ClaimsCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum Format { text, json }

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
        List<Disputes.Dispute> disputes = ViewOutput.query(dbOption, store -> store.disputes(dates.from, dates.to));
        if (format == Format.json) {
            ViewOutput.json(spec, json(disputes));
        } else {
            ViewOutput.text(spec, out -> text(out, disputes));
        }
        return 0;
    }

    private static void text(PrintWriter out, List<Disputes.Dispute> disputes) {
        if (disputes.isEmpty()) {
            out.println("(no disputed claims: no accused party denies in this corpus)");
        }
        for (Disputes.Dispute d : disputes) {
            out.printf("%s is accused and denies  (%d article%s)%n", Parties.label(d.accused()), d.articles().size(), d.articles().size() == 1 ? "" : "s");
            for (Disputes.Side side : d.asserted()) {
                for (AllianceGraph.Evidence ev : side.evidence()) {
                    out.printf("  asserted by %s [%s] %s%n", Parties.label(side.party()), ev.article(), Parties.oneLine(ev.sentence()));
                }
            }
            for (AllianceGraph.Evidence ev : d.denied()) {
                out.printf("  denied [%s] %s%n", ev.article(), Parties.oneLine(ev.sentence()));
            }
        }
    }

    private static ArrayNode json(List<Disputes.Dispute> disputes) {
        ArrayNode array = ViewOutput.array();
        for (Disputes.Dispute d : disputes) {
            ObjectNode o = array.addObject();
            o.set("accused", Parties.json(d.accused()));
            ArrayNode asserted = o.putArray("assertedBy");
            for (Disputes.Side side : d.asserted()) {
                ObjectNode s = asserted.addObject();
                s.set("party", Parties.json(side.party()));
                Parties.evidence(s.putArray("evidence"), side.evidence());
            }
            Parties.evidence(o.putArray("denials"), d.denied());
            d.articles().forEach(o.putArray("articles")::add);
        }
        return array;
    }

}
