package org.argus.cli;

import java.util.List;
import java.util.Locale;
import org.argus.store.CorpusStore;
import org.argus.store.NearDuplicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/** {@code argus duplicates}: the near-duplicate articles found at ingest, each with the original it repeats. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List the near-duplicate articles of the corpus (syndicated or republished copies found at ingest), each with "
                + "the original it repeats and how much of the shorter text the other holds. Corpus views count each group once.")
final class DuplicatesCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    ListOutput output;

    @Override
    public Integer call() {
        try (CorpusStore store = StoreAccess.openExisting(dbOption)) {
            List<NearDuplicate> pairs = store.nearDuplicates();
            output.print(pairs, List.of("article", "outlet", "original", "original_outlet", "containment"),
                    p -> List.of(p.article(), p.articleOutlet() == null ? "" : p.articleOutlet(), "repeats " + p.original(),
                            p.originalOutlet() == null ? "" : p.originalOutlet(), String.format(Locale.ROOT, "%.2f", p.containment())));
        }
        return 0;
    }
}
