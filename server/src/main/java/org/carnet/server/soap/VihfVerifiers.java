package org.carnet.server.soap;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;

import org.carnet.common.security.VihfVerifier;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.SecurityConfig;

/** The node's VIHF verifier, from its security settings: signature required, trusted signers from the store. */
public final class VihfVerifiers {
    private VihfVerifiers() {
    }

    public static VihfVerifier of(SecurityConfig security, Clock clock) {
        return VihfVerifier.builder(trustStore(security)).clockSkew(security.clockSkew())
                .resourceUrn(security.resourceUrn()).signatureRequired(true).clock(clock).build();
    }

    /** The configured store (PKCS12 or JKS, detected), or an empty one: then no assertion is trusted. */
    private static KeyStore trustStore(SecurityConfig security) {
        try {
            if (security.trustStore().isEmpty()) {
                KeyStore empty = KeyStore.getInstance(KeyStore.getDefaultType());
                empty.load(null, null);
                return empty;
            }
            Path file = security.trustStore().get();
            return KeyStore.getInstance(file.toFile(), security.trustStorePassword().toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException("cannot read security.trustStore " + security.trustStore().orElse(null) + ": "
                    + e.getMessage(), e);
        }
    }
}
