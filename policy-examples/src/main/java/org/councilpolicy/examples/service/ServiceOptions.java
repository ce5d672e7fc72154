package org.councilpolicy.examples.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.councilpolicy.core.profile.Profile;

/**
 * How to start a {@link PolicyService}: where to listen, which profiles, limits, keys, threads and the access log.
 *
 * @param host          the address to listen on ({@code 127.0.0.1} by default: opening it wider is a choice)
 * @param port          the port, or 0 for any free one
 * @param profiles      the profiles requests may choose by name; the first is the default
 * @param limits        what one request may ask
 * @param apiKeys       the keys requests must present, or {@link ApiKeys#none()}
 * @param threads       how many requests are handled at once
 * @param shutdownGrace how long stopping waits for requests in flight
 * @param accessLog     where the access-log lines go
 */
public record ServiceOptions(String host, int port, List<Profile> profiles, ServiceLimits limits, ApiKeys apiKeys,
        int threads, Duration shutdownGrace, Consumer<String> accessLog) {

    /**
     * Validates the options, naming the one that is wrong.
     *
     * @param host          the address to listen on
     * @param port          the port, or 0 for any free one
     * @param profiles      the profiles; the first is the default
     * @param limits        what one request may ask
     * @param apiKeys       the keys requests must present
     * @param threads       how many requests are handled at once
     * @param shutdownGrace how long stopping waits for requests in flight
     * @param accessLog     where the access-log lines go
     */
    public ServiceOptions {
        Objects.requireNonNull(host, "host");
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(accessLog, "accessLog");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + threads);
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("give at least one profile");
        }
    }

    /**
     * A builder with the defaults: 127.0.0.1:8080, the limits' defaults, no keys, 16 threads, 10 s grace, no log.
     *
     * @param profiles the profiles; the first is the default
     * @return the builder
     */
    public static Builder builder(List<Profile> profiles) {
        return new Builder(profiles);
    }

    /** Builds {@link ServiceOptions}. */
    public static final class Builder {
        private final List<Profile> profiles;
        private String host = "127.0.0.1";
        private int port = 8080;
        private ServiceLimits limits = ServiceLimits.defaults();
        private ApiKeys apiKeys = ApiKeys.none();
        private int threads = 16;
        private Duration shutdownGrace = Duration.ofSeconds(10);
        private Consumer<String> accessLog = line -> { };

        private Builder(List<Profile> profiles) {
            this.profiles = new ArrayList<>(profiles);
        }

        /**
         * Sets the address to listen on.
         *
         * @param v the address to listen on
         * @return this builder
         */
        public Builder host(String v) { this.host = v; return this; }

        /**
         * Sets the port, or 0 for any free one.
         *
         * @param v the port, or 0 for any free one
         * @return this builder
         */
        public Builder port(int v) { this.port = v; return this; }

        /**
         * Sets what one request may ask.
         *
         * @param v what one request may ask
         * @return this builder
         */
        public Builder limits(ServiceLimits v) { this.limits = v; return this; }

        /**
         * Sets the keys requests must present.
         *
         * @param v the keys requests must present
         * @return this builder
         */
        public Builder apiKeys(ApiKeys v) { this.apiKeys = v; return this; }

        /**
         * Sets how many requests are handled at once.
         *
         * @param v how many requests are handled at once
         * @return this builder
         */
        public Builder threads(int v) { this.threads = v; return this; }

        /**
         * Sets how long stopping waits for requests in flight.
         *
         * @param v how long stopping waits for requests in flight
         * @return this builder
         */
        public Builder shutdownGrace(Duration v) { this.shutdownGrace = v; return this; }

        /**
         * Sets where the access-log lines go.
         *
         * @param v where the access-log lines go
         * @return this builder
         */
        public Builder accessLog(Consumer<String> v) { this.accessLog = v; return this; }

        /** {@return the options, validated} */
        public ServiceOptions build() {
            return new ServiceOptions(host, port, profiles, limits, apiKeys, threads, shutdownGrace, accessLog);
        }
    }
}
