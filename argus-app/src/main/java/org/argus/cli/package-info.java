/**
 * The {@code argus} command line (picocli): one class per subcommand, no analysis logic of its own.
 * Exit codes: 0 success, 1 some input failed or a run error, 2 wrong usage.
 */
package org.argus.cli;
