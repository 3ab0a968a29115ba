package org.carnet.server.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Reads an identity provider's public keys from a file: a JWK set (JSON with {@code "keys"}), or PEM blocks of
 * public keys ({@code BEGIN PUBLIC KEY}) or certificates ({@code BEGIN CERTIFICATE}). RSA and EC keys only; only
 * the public part of a JWK is kept, should the file hold private ones.
 */
final class TokenKeys {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private TokenKeys() {
    }

    /** @throws IllegalArgumentException when the file holds no usable public key; the message says why */
    static List<JWK> load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<JWK> keys = text.startsWith("{") ? jwkSet(text) : pem(text);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no RSA or EC public key");
        }
        return keys;
    }

    private static List<JWK> jwkSet(String json) {
        try {
            List<JWK> keys = new ArrayList<>();
            for (JWK key : JWKSet.parse(json).getKeys()) {
                if (key instanceof RSAKey || key instanceof ECKey) {
                    keys.add(key.toPublicJWK());
                }
            }
            return keys;
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a valid JWK set: " + e.getMessage());
        }
    }

    private static List<JWK> pem(String text) {
        List<JWK> keys = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            PublicKey key = switch (m.group(1)) {
                case "PUBLIC KEY" -> publicKey(der);
                case "CERTIFICATE" -> certificateKey(der);
                default -> throw new IllegalArgumentException("PEM block " + m.group(1)
                        + " is not a public key nor a certificate");
            };
            keys.add(jwk(key));
        }
        return keys;
    }

    private static PublicKey publicKey(byte[] der) {
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("a PUBLIC KEY block is neither an RSA nor an EC key");
    }

    private static PublicKey certificateKey(byte[] der) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a CERTIFICATE block is not an X.509 certificate");
        }
    }

    private static JWK jwk(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        if (key instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
        }
        throw new IllegalArgumentException("a " + key.getAlgorithm() + " key cannot verify RS256 nor ES256");
    }
}
