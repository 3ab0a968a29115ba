package org.carnet.server.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.carnet.common.access.AccessMode;
import org.carnet.common.access.Caller;
import org.carnet.common.metadata.Code;
import org.carnet.common.metadata.Cx;
import org.carnet.common.policy.Actor;
import org.carnet.common.policy.PolicyCodes;
import org.carnet.server.config.ApiAuthConfig;
import org.carnet.server.config.ConfigException;
import org.carnet.server.config.Setting;

/**
 * Turns a bearer token into the {@link Caller} it authenticates. The token's issuer says which identity provider
 * signed it, and so whether it names a patient or a professional; that provider's keys then verify it.
 *
 * <p>Claims read (documented in the README):
 * <ul>
 *   <li>patient tokens: {@value #INS} (required), the patient's INS as a CX such as
 *       {@code 248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH}; {@value #NAME} (optional);
 *       {@value #REPRESENTATIVE_ID} (optional): the bearer is not the patient but a legal representative of this
 *       (minor) patient, so identified by the patient's identity provider, which vouches for the link;</li>
 *   <li>professional tokens: {@value #NATIONAL_ID} (required, RPPS/ADELI as in the VIHF NameID),
 *       {@value #PROFESSION_CODE} (required, code system {@value PolicyCodes#PROFESSION_SYSTEM}),
 *       {@value #SPECIALITY_CODE}, {@value #STRUCTURE_ID}, {@value #NAME} (optional). A professional identity
 *       provider authenticates the person (e-CPS, card), so the actor is in mode DIRECTE [inferred].</li>
 * </ul>
 */
public final class TokenAuthenticator {
    public static final String INS = "ins";
    public static final String NAME = "name";
    public static final String REPRESENTATIVE_ID = "representative_id";
    public static final String NATIONAL_ID = "national_id";
    public static final String PROFESSION_CODE = "profession_code";
    public static final String SPECIALITY_CODE = "speciality_code";
    public static final String STRUCTURE_ID = "structure_id";

    private enum Side { PATIENT, PROFESSIONAL }

    private record Provider(Side side, TokenVerifier verifier) {
    }

    private final Map<String, Provider> byIssuer;

    private TokenAuthenticator(Map<String, Provider> byIssuer) {
        this.byIssuer = Map.copyOf(byIssuer);
    }

    /**
     * The identity providers of the configuration, their keys read now.
     *
     * @throws ConfigException when a key file cannot be read or holds no usable key; the message names the setting
     */
    public static TokenAuthenticator of(ApiAuthConfig config, Duration skew, Clock clock) {
        Map<String, Provider> providers = new HashMap<>();
        config.patientTokens().ifPresent(t -> providers.put(t.issuer(), new Provider(Side.PATIENT,
                verifier(t, Setting.API_PATIENT_TOKENS_KEY, config.audience(), skew, clock))));
        config.professionalTokens().ifPresent(t -> providers.put(t.issuer(), new Provider(Side.PROFESSIONAL,
                verifier(t, Setting.API_PROFESSIONAL_TOKENS_KEY, config.audience(), skew, clock))));
        return new TokenAuthenticator(providers);
    }

    private static TokenVerifier verifier(ApiAuthConfig.TokenIssuer issuer, Setting keySetting, String audience,
                                          Duration skew, Clock clock) {
        Path file = issuer.key();
        try {
            return new TokenVerifier(issuer.issuer(), TokenKeys.load(file), audience, skew, clock);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(keySetting.key() + ": cannot read the identity provider's key from " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /** Does this node trust any identity provider? */
    public boolean trustsAnyIssuer() {
        return !byIssuer.isEmpty();
    }

    /** The caller a bearer token authenticates, with the client's network address. */
    public Caller authenticate(String token, String address) throws InvalidTokenException {
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(token);
            // read before verifying only to choose the keys; nothing else is trusted until verified
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidTokenException("token is not a signed JWT");
        }
        Provider provider = issuer == null ? null : byIssuer.get(issuer);
        if (provider == null) {
            throw new InvalidTokenException(issuer == null ? "token has no issuer (iss)"
                    : "token issuer (iss) is not trusted by this node");
        }
        JWTClaimsSet claims = provider.verifier().verify(jwt);
        return provider.side() == Side.PATIENT ? patient(claims, address) : professional(claims, address);
    }

    private static Caller patient(JWTClaimsSet claims, String address) throws InvalidTokenException {
        Cx ins = new Cx(required(claims, INS));
        if (!ins.isValid()) {
            throw new InvalidTokenException("token claim " + INS + " is not a patient id such as "
                    + "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH");
        }
        String name = optional(claims, NAME).orElse(null);
        Optional<String> representative = optional(claims, REPRESENTATIVE_ID);
        return representative.isPresent()
                ? Caller.legalRepresentative(representative.get(), name, ins.key(), address)
                : Caller.patient(ins.key(), name, address);
    }

    private static Caller professional(JWTClaimsSet claims, String address) throws InvalidTokenException {
        String nationalId = required(claims, NATIONAL_ID);
        String profession = required(claims, PROFESSION_CODE);
        String structure = optional(claims, STRUCTURE_ID).orElse(null);
        Actor actor = Actor.professional(nationalId, profession, optional(claims, SPECIALITY_CODE).orElse(null),
                structure);
        return new Caller(actor, optional(claims, NAME).orElse(null), AccessMode.NORMAL,
                new Code(profession, PolicyCodes.PROFESSION_SYSTEM, (String) null), structure, address);
    }

    private static String required(JWTClaimsSet claims, String name) throws InvalidTokenException {
        return optional(claims, name).orElseThrow(() -> new InvalidTokenException("token has no " + name + " claim"));
    }

    private static Optional<String> optional(JWTClaimsSet claims, String name) throws InvalidTokenException {
        try {
            return Optional.ofNullable(claims.getStringClaim(name)).map(String::strip).filter(s -> !s.isEmpty());
        } catch (ParseException e) {
            throw new InvalidTokenException("token claim " + name + " is not a string");
        }
    }
}
