package org.carnet.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.carnet.server.http.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started node: its HTTP server and whatever it holds open (database pool, ...). {@link #close()} stops HTTP
 * first, so requests in flight finish against live resources, then closes the resources in reverse order.
 */
public final class RunningNode implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RunningNode.class);

    private final HttpServer http;
    private final List<AutoCloseable> resources;
    private boolean closed;

    /** @param resources closed after the HTTP server, last one first */
    public RunningNode(HttpServer http, AutoCloseable... resources) {
        this.http = Objects.requireNonNull(http);
        this.resources = List.of(resources);
    }

    public String registryUrl() {
        return http.registryUrl();
    }

    public String repositoryUrl() {
        return http.repositoryUrl();
    }

    public String healthUrl() {
        return http.healthUrl();
    }

    /** Idempotent; a resource that fails to close is logged and the others are still closed. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop();
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Could not close {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
