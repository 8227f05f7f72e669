package org.argus.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every unit a chain runs is accounted for, as Lucene checks that every analysis filter has its
 * factory: its class (a main source declaring the id) or its data row (a resource line whose first
 * field is the id), a test that names it, and its line in docs/rules.md.
 */
class RuleCatalogueTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Chain files: {@code org/argus/<stage>/chains/<name>.txt} under a module's resources. */
    private static Map<Path, List<String>> chains() {
        Map<Path, List<String>> out = new LinkedHashMap<>();
        for (Path file : files("argus-core/src/main/resources", ".txt")) {
            if (file.getParent().getFileName().toString().equals("chains")) {
                List<String> ids = new ArrayList<>();
                for (String line : read(file).split("\n")) {
                    String kept = line.strip();
                    if (!kept.isEmpty() && !kept.startsWith("#")) {
                        for (String id : kept.split("\\|")) {
                            ids.add(id.strip());
                        }
                    }
                }
                out.put(file, ids);
            }
        }
        return out;
    }

    @Test
    void thereAreChains() {
        assertTrue(chains().size() >= 1, "no chain files found under " + ROOT);
    }

    @Test
    void everyUnitHasItsClassOrDataRowATestAndADocLine() {
        String main = concat(files("argus-core/src/main/java", ".java"));
        String data = concat(files("argus-core/src/main/resources", ".tsv"));
        String tests = concat(Stream.of("argus-core", "argus-corenlp", "argus-store", "argus-app")
                .flatMap(m -> files(m + "/src/test", ".java").stream()).toList());
        String docs = read(ROOT.resolve("docs/rules.md"));
        List<String> missing = new ArrayList<>();
        chains().forEach((file, ids) -> {
            for (String id : ids) {
                if (!main.contains("\"" + id + "\"") && !data.contains("\n" + id + "\t")) {
                    missing.add(id + " (" + file.getFileName() + "): no class declares it and no data row has it");
                }
                if (!tests.contains("\"" + id + "\"")) {
                    missing.add(id + ": no test names it");
                }
                if (!docs.contains("`" + id + "`")) {
                    missing.add(id + ": no line in docs/rules.md");
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void unitIdsAreStageDotPartDotName() {
        chains().forEach((file, ids) -> ids.forEach(id -> assertTrue(id.matches("[a-z]+(\\.[a-z0-9-]+){2,}"),
                file + ": '" + id + "' is not stage.part.name in lower case with hyphens")));
    }

    private static List<Path> files(String dir, String suffix) {
        Path base = ROOT.resolve(dir);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).filter(p -> !p.toString().contains("/target/")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String concat(List<Path> files) {
        StringBuilder out = new StringBuilder();
        files.forEach(f -> out.append('\n').append(read(f)));
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
