package org.argus.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.spark.sql.SparkSession;
import org.argus.cli.ArgusCommand;
import picocli.CommandLine;

/** What the tests share: a Spark session in local mode on two cores, and the argus command run in this JVM. */
final class LocalSpark {
    private LocalSpark() {
    }

    /** A session as {@code argus spark --master local[2]} makes one, without the web UI. */
    static SparkSession start() {
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.sql.shuffle.partitions", "4");
        return SparkMain.session("local[2]");
    }

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** Runs {@code argus ARGS} (the command line of argus-app) in this JVM, with the same models as the job. */
    static Run argus(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ArgusCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
