package org.argus.cli;

import java.util.List;
import org.argus.output.Printable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A usage error listing several problems, one a line, each already made safe to print
 * ({@link Printable#line}): the one usage error whose message may span lines. Every other usage
 * error is printed on one line, since it may echo what the user typed.
 */
final class UsageProblems extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageProblems(CommandLine line, List<String> problems, String closing) {
        super(line, String.join("\n", problems.stream().map(Printable::line).toList()) + "\n" + closing);
    }
}
