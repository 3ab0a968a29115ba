package org.carnet.server.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTPS for the node's port: the SOAP endpoints and the HTTP API. With a trust store, clients are asked for a
 * certificate chaining to it (mutual TLS, as the DMP and the IHE ATNA Secure Node want).
 *
 * @param keyStore           the node's key and certificate (PKCS12 or JKS)
 * @param keyStorePassword   password of the key store and its key; never printed
 * @param trustStore         the CAs a client certificate must chain to; empty: clients are not asked for one
 * @param trustStorePassword never printed
 * @param clientAuth         with a trust store: whether a client without a certificate may connect at all
 */
public record ServerTlsConfig(Path keyStore, String keyStorePassword, Optional<Path> trustStore,
                              String trustStorePassword, ClientAuth clientAuth) {

    public enum ClientAuth {
        /** A client without a trusted certificate cannot connect. */
        NEED,
        /** It may connect; what needs a certificate (the anonymous actor) checks for one. */
        WANT
    }

    public ServerTlsConfig {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(trustStorePassword, "trustStorePassword");
        Objects.requireNonNull(clientAuth, "clientAuth");
    }

    /** Are clients asked for a certificate? */
    public boolean mutual() {
        return trustStore.isPresent();
    }

    @Override
    public String toString() {
        return "ServerTlsConfig[keyStore=" + keyStore + ", keyStorePassword=" + Secrets.masked(keyStorePassword)
                + ", trustStore=" + trustStore.map(Path::toString).orElse("") + ", trustStorePassword="
                + Secrets.masked(trustStorePassword) + ", clientAuth=" + clientAuth + "]";
    }
}
