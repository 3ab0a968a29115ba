package org.carnet.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.AuthenticationMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.server.config.ApiAuthConfig;
import org.carnet.server.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A professional identity provider's ES256 tokens (JWK set key), each check changed one at a time: claims to
 * caller, the validity window with its skew, and the algorithms refused.
 */
class TokenAuthenticatorTest {
    static final String ISSUER = "https://pro.test";
    static final String AUDIENCE = "carnet";
    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final Duration SKEW = Duration.ofSeconds(180);

    @TempDir
    Path tmp;
    TokenAuthenticator authenticator;
    JWSSigner signer;
    Path keys;

    @BeforeEach
    void provider() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        signer = new ECDSASigner((ECPrivateKey) pair.getPrivate());
        keys = Files.writeString(tmp.resolve("pro.jwks.json"), new JWKSet(
                new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).build()).toString());
        authenticator = TokenAuthenticator.of(new ApiAuthConfig(Optional.empty(),
                Optional.of(new ApiAuthConfig.TokenIssuer(ISSUER, keys)), AUDIENCE), SKEW,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("national_id", "899900063480").claim("profession_code", "10")
                .claim("speciality_code", "SM26").claim("structure_id", "499900063480001").claim("name", "MAX LIBRE");
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims.build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> authenticator.authenticate(token, "10.0.0.1"))
                .isInstanceOf(InvalidTokenException.class).hasMessage(reason);
    }

    @Test
    void aProfessionalTokenNamesTheActorTheAccessRulesRead() throws Exception {
        Caller caller = authenticator.authenticate(token(c -> { }), "10.0.0.1");

        assertThat(caller).isEqualTo(new Caller(new Actor(Actor.Kind.PROFESSIONAL, "899900063480", "10", "SM26",
                "499900063480001", AuthenticationMode.DIRECTE, false, false), "MAX LIBRE", AccessMode.NORMAL,
                new Code("10", "1.2.250.1.71.1.2.7", (String) null), "499900063480001", "10.0.0.1"));
    }

    @Test
    void aPatientTokenNamesThePatientOrTheirLegalRepresentative() throws Exception {
        String patients = "https://patients.test";
        authenticator = TokenAuthenticator.of(new ApiAuthConfig(Optional.of(new ApiAuthConfig.TokenIssuer(
                patients, keys)), Optional.empty(), AUDIENCE), SKEW, Clock.fixed(NOW, ZoneOffset.UTC));
        String ins = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
        String key = new Cx(ins).key();

        Caller patient = authenticator.authenticate(token(c -> c.issuer(patients).claim("ins", ins)), "10.0.0.1");
        assertThat(patient).isEqualTo(Caller.patient(key, "MAX LIBRE", "10.0.0.1"));

        Caller parent = authenticator.authenticate(token(c -> c.issuer(patients).claim("ins", ins)
                .claim("representative_id", " REP-7 ")), "10.0.0.1");
        assertThat(parent.actor()).isEqualTo(Actor.legalRepresentative("REP-7"));
        assertThat(parent.dossierKey()).isEqualTo(key);
        assertThat(parent.actor().isPatientSide()).isTrue();

        assertRefused(token(c -> c.issuer(patients).claim("ins", "not a cx")),
                "token claim ins is not a patient id such as 248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH");
    }

    @Test
    void theValidityWindowAllowsTheSkewAndNoMore() throws Exception {
        assertThat(authenticator.authenticate(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(179)))), null)
                .id()).isEqualTo("899900063480");
        assertRefused(token(c -> c.expirationTime(Date.from(NOW.minusSeconds(181)))),
                "token expired at 2026-03-01T08:56:59Z");
        assertRefused(token(c -> c.expirationTime(null)), "token has no expiry (exp)");
        assertRefused(token(c -> c.notBeforeTime(Date.from(NOW.plusSeconds(181)))),
                "token is not valid before 2026-03-01T09:03:01Z");
        assertRefused(token(c -> c.issueTime(Date.from(NOW.plusSeconds(3600)))),
                "token is issued in the future (iat 2026-03-01T10:00:00Z)");
    }

    @Test
    void claimsAndIssuerAreChecked() throws Exception {
        assertRefused(token(c -> c.claim("national_id", null)), "token has no national_id claim");
        assertRefused(token(c -> c.claim("profession_code", " ")), "token has no profession_code claim");
        assertRefused(token(c -> c.claim("name", 42)), "token claim name is not a string");
        assertRefused(token(c -> c.audience("elsewhere")), "token audience (aud) does not name this node");
        assertRefused(token(c -> c.issuer(null)), "token has no issuer (iss)");
        assertRefused(token(c -> c.issuer("https://other.test")), "token issuer (iss) is not trusted by this node");
    }

    @Test
    void onlyRs256AndEs256ByTheTrustedKeyAreAccepted() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .expirationTime(Date.from(NOW.plusSeconds(60))).claim("national_id", "1").build();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(hmac.serialize(), "token algorithm HS256 is not accepted: RS256 or ES256");
        assertRefused(new PlainJWT(claims).serialize(), "token is not a signed JWT");

        String good = token(c -> { });
        String tampered = good.substring(0, good.indexOf('.') + 1)
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        claims.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + good.substring(good.lastIndexOf('.'));
        assertRefused(tampered, "token signature is not valid for any trusted key of its issuer");
    }

    @Test
    void anUnreadableKeyFileStopsTheStartNamingTheSetting() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n"
                + "-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> TokenAuthenticator.of(new ApiAuthConfig(
                Optional.of(new ApiAuthConfig.TokenIssuer("https://p.test", broken)), Optional.empty(), AUDIENCE),
                SKEW, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("api.patientTokens.key: ")
                .hasMessageEndingWith("PEM block PRIVATE KEY is not a public key nor a certificate");
        Path empty = Files.writeString(tmp.resolve("empty.pem"), "nothing here");
        assertThatThrownBy(() -> TokenAuthenticator.of(new ApiAuthConfig(
                Optional.of(new ApiAuthConfig.TokenIssuer("https://p.test", empty)), Optional.empty(), AUDIENCE),
                SKEW, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith("holds no RSA or EC public key");
    }
}
