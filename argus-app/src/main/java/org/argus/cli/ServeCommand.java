package org.argus.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.argus.app.Models;
import org.argus.app.Pipelines;
import org.argus.model.RawDocument;
import org.argus.pipeline.Outcome;
import org.argus.pipeline.Pipeline;
import org.argus.store.CorpusStore;
import org.argus.web.StorePool;
import org.argus.web.WebConfig;
import org.argus.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argus serve}: the corpus as a JSON API and a dashboard in the browser, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the corpus: a JSON API under /api (described at /api/openapi.json) and a dashboard at /, "
                + "until Ctrl-C. Listens on the loopback address unless --bind says otherwise. POST /api/articles ingests "
                + "an article only when a token is set (--token or ARGUS_TOKEN) and the request carries it.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    String bind = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Secret that POST /api/articles requires (default: $ARGUS_TOKEN; prefer the variable: a command line "
                    + "is visible to other users). Without one, ingest over HTTP is off.")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    int maxBody = WebConfig.DEFAULT_MAX_BODY;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String secret = token != null ? token : System.getenv("ARGUS_TOKEN");
        WebConfig config;
        try {
            config = new WebConfig(bind, port, secret, maxBody);
        } catch (IllegalArgumentException e) {
            err.println("argus: serve: " + e.getMessage());
            return 2;
        }
        // the models load in the background, only when ingest is on; the first POST waits for them
        CompletableFuture<Pipeline> pipeline = config.token() == null ? null
                : CompletableFuture.supplyAsync(() -> Pipelines.full(Models.annotator(err, true), null));
        Function<RawDocument, Outcome> analyse = raw -> pipeline.join().run(raw);
        StoreAccess.openExisting(dbOption).close();
        StorePool pool = new StorePool(() -> CorpusStore.open(dbOption.resolve()), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        WebServer server = new WebServer(config, pool, analyse, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            server.close();
            pool.close();
            stopped.countDown();
        }, "argus-serve-stop");
        try {
            server.start();
        } catch (RuntimeException e) {
            pool.close();
            err.println("argus: serve: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("argus: serving " + dbOption.resolve() + " at " + server.url() + " (API: " + server.url() + "api/, ingest "
                + (config.token() == null ? "off" : "on") + "); Ctrl-C stops");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
