package org.argus.cli;

/** Entry point of the {@code argus} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ArgusCommand.commandLine().execute(args));
    }
}
