package org.carnet.server.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook call the way Standard Webhooks (standardwebhooks.com) does, so gateways can verify it with an
 * off-the-shelf library: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">}. The
 * timestamp is signed with the body, so a receiver that refuses old timestamps refuses replays.
 *
 * <p>The key is the secret's UTF-8 bytes, or, for a secret written {@code whsec_<base64>} as Standard Webhooks
 * issues them, the decoded bytes.
 */
final class WebhookSignature {
    static final String ALGORITHM = "HmacSHA256";
    private static final String STANDARD_PREFIX = "whsec_";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret must not be empty");
        }
        byte[] bytes;
        if (secret.startsWith(STANDARD_PREFIX)) {
            try {
                bytes = Base64.getDecoder().decode(secret.substring(STANDARD_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a secret starting with " + STANDARD_PREFIX
                        + " must go on in base64");
            }
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The {@code webhook-signature} header value. */
    String sign(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "WebhookSignature[****]";
    }
}
