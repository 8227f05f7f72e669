package org.argus.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of docs/architecture.md: the model depends on nothing, stages talk only through
 * the model, and each outside library is imported by exactly one package.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern MUTABLE_STATIC = Pattern.compile(
            "^\\s*(?:(?:public|protected|private)\\s+)?static\\s+(?!final\\b)(?!class\\b|interface\\b|enum\\b|record\\b|void\\b|<)[\\w<>\\[\\], ?]+\\s+\\w+\\s*(?:=|;)",
            Pattern.MULTILINE);
    private static final List<String> STAGES = List.of("ingest", "extract", "actors", "quotes", "events", "time");

    /** Outside library prefix -> the only source folder allowed to import it. */
    private static final Map<String, String> LIBRARY_OWNERS = Map.ofEntries(
            Map.entry("edu.stanford.", "argus-corenlp/src/main/java/org/argus/nlp/corenlp/"),
            Map.entry("picocli.", "argus-app/src/main/java/org/argus/cli/"),
            Map.entry("io.javalin.", "argus-app/src/main/java/org/argus/web/"),
            Map.entry("org.eclipse.jetty.", "argus-app/src/main/java/org/argus/web/"),
            Map.entry("jakarta.servlet.", "argus-app/src/main/java/org/argus/web/"),
            Map.entry("java.sql.", "argus-store/src/main/java/org/argus/store/"),
            Map.entry("org.sqlite.", "argus-store/src/main/java/org/argus/store/"),
            Map.entry("org.postgresql.", "argus-store/src/main/java/org/argus/store/"),
            Map.entry("com.zaxxer.hikari.", "argus-store/src/main/java/org/argus/store/"),
            Map.entry("org.netpreserve.jwarc.", "argus-core/src/main/java/org/argus/ingest/"),
            Map.entry("org.apache.spark.", "argus-spark/src/main/java/org/argus/spark/"),
            Map.entry("org.apache.hadoop.", "argus-spark/src/main/java/org/argus/spark/"));

    @Test
    void modelImportsOnlyTheJdk() {
        for (Path file : sources("argus-core/src/main/java/org/argus/model")) {
            for (String imp : imports(file)) {
                assertTrue(imp.startsWith("java."), file + " imports " + imp);
            }
        }
    }

    @Test
    void stagesDoNotImportEachOther() {
        for (String stage : STAGES) {
            for (Path file : sources("argus-core/src/main/java/org/argus/" + stage)) {
                for (String imp : imports(file)) {
                    for (String other : STAGES) {
                        if (!other.equals(stage)) {
                            assertTrue(!imp.startsWith("org.argus." + other + "."),
                                    file + " imports " + imp + ": stages talk only through the model");
                        }
                    }
                    assertTrue(!imp.startsWith("org.argus.store") && !imp.startsWith("org.argus.cli")
                            && !imp.startsWith("org.argus.app"), file + " imports " + imp);
                }
            }
        }
    }

    @Test
    void eachLibraryHasOneOwner() {
        List<String> violations = new ArrayList<>();
        for (Path file : sources(".")) {
            String relative = ROOT.relativize(file).toString().replace('\\', '/');
            if (!relative.contains("/src/main/java/")) {
                continue;
            }
            for (String imp : imports(file)) {
                LIBRARY_OWNERS.forEach((prefix, owner) -> {
                    if (imp.startsWith(prefix) && !relative.startsWith(owner)) {
                        violations.add(relative + " imports " + imp);
                    }
                });
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noMutableStaticFields() {
        List<String> violations = new ArrayList<>();
        for (Path file : sources(".")) {
            if (!file.toString().contains("src" + java.io.File.separator + "main")) {
                continue;
            }
            Matcher m = MUTABLE_STATIC.matcher(read(file));
            while (m.find()) {
                violations.add(ROOT.relativize(file) + ": " + m.group().trim());
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRulesSeeTheSources() {
        assertTrue(sources("argus-core/src/main/java/org/argus/model").size() > 10, "model sources not found from " + ROOT);
    }

    private static List<Path> sources(String dir) {
        Path base = ROOT.resolve(dir);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.toString().contains(java.io.File.separator + "target" + java.io.File.separator))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> imports(Path file) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(read(file));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
