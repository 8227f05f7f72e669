package org.argus.spark;

import java.io.PrintWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.argus.spark.load.StoreLoader;

/**
 * Entry point of the job jar under {@code spark-submit}, and of {@code ./argus spark}. Exit codes as
 * the {@code argus} command: 0 success, 1 some input failed (each in the errors output, counted on
 * stderr), 2 wrong usage.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, err);
        err.flush();
        System.exit(code);
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            err.print(JobOptions.USAGE);
            return 0;
        }
        boolean load = args.length > 0 && args[0].equals("load");
        String[] rest = load ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        try {
            if (load) {
                StoreLoader.Options options = StoreLoader.Options.parse(rest);
                try (SparkSession spark = session(options.master())) {
                    long stored = new StoreLoader(spark, options).run(err);
                    err.println("argus spark: " + stored + " articles stored in " + options.db());
                    return 0;
                }
            }
            JobOptions options = JobOptions.parse(rest);
            try (SparkSession spark = session(options.master())) {
                ArgusJob.Summary summary = new ArgusJob(spark, options, err).run();
                err.printf("argus spark: %d articles analysed, %d inputs failed (see %s/errors)%n", summary.analysed(), summary.failed(),
                        options.out());
                return summary.exitCode();
            }
        } catch (IllegalArgumentException e) {
            err.println("argus spark: " + e.getMessage());
            err.print(JobOptions.USAGE);
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.println("argus spark: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The session: the master given, else spark-submit's, else local mode on every core. In local
     * mode the driver (which is then the only executor) listens on the loopback address only.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf().setAppName("argus");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1").setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
