package org.carnet.server;

import java.util.function.Function;

import org.carnet.common.transaction.Transaction;
import org.carnet.server.http.HttpServer;

/**
 * The URL each transaction is served at, for the audit trail (the node's UserID in ITI TF-2 audit messages). Known
 * only once the HTTP server exists (port 0 picks a free one), so it is bound after the trail is built.
 */
final class NodeUrls implements Function<Transaction, String> {
    static final String DOSSIER_API = "/api/dossiers";

    private volatile HttpServer http;

    void bind(HttpServer server) {
        this.http = server;
    }

    @Override
    public String apply(Transaction transaction) {
        HttpServer server = http;
        if (server == null) {
            return "urn:carnet:not-listening";
        }
        return switch (transaction) {
            case ITI_41, ITI_43, ITI_86 -> server.repositoryUrl();
            case ITI_18, ITI_42, ITI_51, ITI_57, ITI_62 -> server.registryUrl();
            case DOSSIER -> server.baseUrl() + DOSSIER_API;
        };
    }
}
