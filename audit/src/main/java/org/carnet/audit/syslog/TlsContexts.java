package org.carnet.audit.syslog;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the mutual-TLS context of an ATNA secure node from a key store and a trust store (PKCS12 or JKS). */
public final class TlsContexts {

    /** A store that cannot be used, with which one. */
    public static final class StoreException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean keyStore;

        StoreException(boolean keyStore, String message, Throwable cause) {
            super(message, cause);
            this.keyStore = keyStore;
        }

        /** True for the key store, false for the trust store. */
        public boolean isKeyStore() {
            return keyStore;
        }
    }

    private TlsContexts() {
    }

    public static SSLContext mutual(Path keyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword)
            throws StoreException {
        KeyStore keys = load(true, keyStore, keyStorePassword);
        KeyStore trusted = load(false, trustStore, trustStorePassword);
        try {
            if (!keys.aliases().hasMoreElements()) {
                throw new StoreException(true, keyStore + " holds no key", null);
            }
            if (!trusted.aliases().hasMoreElements()) {
                throw new StoreException(false, trustStore + " holds no certificate", null);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, keyStorePassword);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new StoreException(true, "cannot use the key in " + keyStore + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(boolean keyStore, Path path, char[] password) throws StoreException {
        try {
            return KeyStore.getInstance(path.toFile(), password); // detects PKCS12 or JKS
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException(keyStore, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
