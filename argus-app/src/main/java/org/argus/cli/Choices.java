package org.argus.cli;

import java.util.List;
import java.util.Locale;
import org.argus.output.Printable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks a filter value against the values it can take, so an unknown {@code --type} or
 * {@code --kind} is a usage error listing them rather than an empty answer. Only the command line
 * checks: the store still answers any value.
 */
final class Choices {
    private Choices() {
    }

    /** {@code value} (case ignored) when it is one of {@code valid} or null; else a usage error naming the valid values. */
    static String check(CommandSpec spec, String option, String value, List<String> valid) {
        if (value == null || valid.stream().anyMatch(v -> v.equalsIgnoreCase(value.strip()))) {
            return value;
        }
        throw new ParameterException(spec.commandLine(), "unknown " + option + " '" + Printable.line(value) + "': expected one of "
                + String.join(", ", valid));
    }

    /** The names of an enum's constants, lower-cased when {@code lower}. */
    static List<String> names(Class<? extends Enum<?>> type, boolean lower) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(e -> lower ? e.name().toLowerCase(Locale.ROOT) : e.name()).toList();
    }
}
