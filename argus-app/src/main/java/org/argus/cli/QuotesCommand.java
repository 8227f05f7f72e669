package org.argus.cli;

import java.util.List;
import org.argus.store.CorpusQuote;
import org.argus.store.CorpusStore;
import org.argus.store.Filters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code argus quotes}: the quotes and reported statements of the corpus. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List the quotes of the corpus with their speakers.")
final class QuotesCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    ListOutput output;

    @Option(names = "--speaker", description = "Only quotes whose speaker contains this text.")
    String speaker;

    @Option(names = "--kind", description = "direct, indirect or labelled (NAME: words, as in transcripts and headlines).")
    String kind;

    @Mixin
    ArticleDateRange dates;

    @Option(names = "--rule", paramLabel = "ID",
            description = "Only quotes this unit found or attributed (an id of docs/rules.md; a trailing * matches every id"
                    + " that starts so).")
    String rule;

    @Override
    public Integer call() {
        Choices.check(spec, "--kind", kind, Choices.names(org.argus.model.Quote.Kind.class, true));
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            List<CorpusQuote> quotes = store.quotes(new Filters.QuoteFilter(speaker, kind, dates.from, dates.to, rule));
            output.print(quotes, List.of("published", "speaker", "kind", "cue", "text", "article", "trace"),
                    q -> List.of(q.published() == null ? "" : q.published(), q.speaker() == null ? "(unknown)" : q.speaker(), q.kind(),
                            q.cue() == null ? "" : q.cue(), q.text(), q.article(), q.trace()));
        }
        return 0;
    }
}
