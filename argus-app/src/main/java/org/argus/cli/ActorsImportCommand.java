package org.argus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argus.actors.ActorDictionary;
import org.argus.actors.PetrarchImporter;
import org.argus.output.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argus actors-import}: a TABARI/PETRARCH actor dictionary as an Argus YAML actor dictionary. */
@Command(name = "actors-import", mixinStandardHelpOptions = true,
        description = "Convert a TABARI/PETRARCH actor dictionary (e.g. Phoenix.Countries.actors.txt) to an Argus "
                + "actor dictionary (YAML on stdout, for --actors).")
final class ActorsImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PETRARCH/TABARI .actors.txt files.")
    List<Path> files;

    @Override
    public Integer call() {
        // the YAML and the messages name the user's files: both pass through the sanitiser
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        int[] problems = {0};
        java.util.List<ActorDictionary.Entry> all = new java.util.ArrayList<>();
        for (Path file : files) {
            try {
                all.addAll(PetrarchImporter.read(file, message -> {
                    problems[0]++;
                    err.println(Printable.line(message));
                }));
            } catch (IOException e) {
                problems[0]++;
                err.println(Printable.line(file + ": actors-import: cannot read: " + e.getMessage()));
            }
        }
        out.print(PetrarchImporter.toYaml(all, String.join(", ", files.stream().map(Path::toString).toList())));
        out.flush();
        err.flush();
        return problems[0] == 0 ? 0 : 1;
    }
}
