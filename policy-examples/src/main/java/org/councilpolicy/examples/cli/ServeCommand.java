package org.councilpolicy.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.councilpolicy.core.profile.Profile;
import org.councilpolicy.core.profile.ProfileLoader;
import org.councilpolicy.examples.service.ApiKeys;
import org.councilpolicy.examples.service.PolicyService;
import org.councilpolicy.examples.service.ServiceLimits;
import org.councilpolicy.examples.service.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the JSON Lines subcommands over HTTP, and the officer's page at {@code /}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the checks over HTTP (docs/openapi.yaml) and the officer's page at /.",
            "POST /v1/check, /v1/classify, /v1/moderate, /v1/account, /v1/photo take one JSON object or JSON Lines; "
                + "GET /v1/rules, /v1/profiles, /v1/clauses, /healthz. One access-log line per request on standard "
                + "error (never request text). Stops gracefully on SIGTERM or Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--profile", paramLabel = "P",
            description = "A profile requests may choose with ?profile=NAME: built-in name or YAML/JSON file; repeat "
                    + "for several, the first is the default (default: every built-in, uk-council first).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Require one of these keys (one per line, 16+ characters) on /v1/ requests, as "
                    + "Authorization: Bearer KEY or X-Api-Key: KEY.")
    Path apiKeyFile;

    @Option(names = "--max-body-bytes", defaultValue = "" + ServiceLimits.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body (default: ${DEFAULT-VALUE}; 413 above).")
    long maxBodyBytes;

    @Option(names = "--max-text-chars", defaultValue = "" + ServiceLimits.DEFAULT_MAX_TEXT_CHARS,
            description = "Longest string in an item (default: ${DEFAULT-VALUE}; 413 or an error line above).")
    int maxTextChars;

    @Option(names = "--max-items", defaultValue = "" + ServiceLimits.DEFAULT_MAX_ITEMS,
            description = "Most JSON Lines items per request (default: ${DEFAULT-VALUE}; 413 above).")
    int maxItems;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a request may take (default: ${DEFAULT-VALUE}; 408 for a body still arriving, "
                    + "error lines for items not started).")
    long requestTimeoutSeconds;

    @Option(names = "--threads", defaultValue = "16", description = "Requests handled at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long stopping waits for requests in flight (default: ${DEFAULT-VALUE}).")
    long graceSeconds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServiceOptions options;
        try {
            options = ServiceOptions.builder(profiles())
                    .host(host)
                    .port(port)
                    .limits(new ServiceLimits(maxBodyBytes, maxTextChars, maxItems,
                            Duration.ofSeconds(requestTimeoutSeconds)))
                    .apiKeys(apiKeys())
                    .threads(threads)
                    .shutdownGrace(Duration.ofSeconds(graceSeconds))
                    .accessLog(line -> {
                        synchronized (err) {
                            err.println(line);
                            err.flush();
                        }
                    })
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CliSupport.UsageException(e.getMessage());
        }
        PolicyService service = PolicyService.start(options, CliSupport.registry());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> service.stop(options.shutdownGrace()),
                "policykit-shutdown"));
        err.println("policykit: serving on http://" + service.address().getHostString() + ":" + service.port()
                + "/ with profiles " + String.join(", ", options.profiles().stream().map(Profile::name).toList()));
        err.flush();
        service.awaitStopped();
        return 0;
    }

    private List<Profile> profiles() {
        List<String> names = profiles.isEmpty() ? ProfileLoader.BUILT_IN : profiles;
        List<Profile> out = new ArrayList<>();
        for (String p : names) {
            out.add(CliSupport.profile(p));
        }
        return out;
    }

    private ApiKeys apiKeys() throws IOException {
        if (apiKeyFile == null) {
            return ApiKeys.none();
        }
        try {
            return ApiKeys.load(apiKeyFile);
        } catch (NoSuchFileException e) {
            throw new CliSupport.UsageException("--api-key-file: no such file: " + apiKeyFile);
        }
    }
}
