package org.carnet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API's token settings and the dossier retention: each issuer with its key, an audience, bounds. */
class ApiAuthSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void byDefaultNoTokenIsTrustedAndClosedDossiersKeepTheirDataTenYears() {
        NodeConfig config = new Settings().build();

        assertThat(config.apiAuth()).isEqualTo(new ApiAuthConfig(Optional.empty(), Optional.empty(), ""));
        assertThat(config.dossierRetentionYears()).isEqualTo(10);
        assertThat(config.security().anonymousActor()).isEmpty();
    }

    @Test
    void eachIssuerComesWithItsKeyFile() throws IOException {
        Path patientKey = Files.writeString(tmp.resolve("patients.pem"), "-");
        Path proKey = Files.writeString(tmp.resolve("pro.jwks.json"), "{}");

        NodeConfig config = new Settings()
                .override("api.patientTokens.issuer", "https://patients.test")
                .override("api.patientTokens.key", patientKey.toString())
                .override("api.professionalTokens.issuer", " https://pro.test ")
                .override("api.professionalTokens.key", proKey.toString())
                .override("api.tokens.audience", "carnet")
                .override("dossier.retentionYears", "20")
                .build();

        assertThat(config.apiAuth()).isEqualTo(new ApiAuthConfig(
                Optional.of(new ApiAuthConfig.TokenIssuer("https://patients.test", patientKey)),
                Optional.of(new ApiAuthConfig.TokenIssuer("https://pro.test", proKey)), "carnet"));
        assertThat(config.dossierRetentionYears()).isEqualTo(20);
    }

    @Test
    void anIssuerWithoutItsKeyOrAudienceIsRefusedNamingTheMissingSetting() throws IOException {
        Path key = Files.writeString(tmp.resolve("k.pem"), "-");

        assertThatThrownBy(() -> new Settings().override("api.patientTokens.issuer", "https://p.test")
                .override("api.tokens.audience", "carnet").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("api.patientTokens.key")
                .hasMessageContaining("must be set with api.patientTokens.issuer");
        assertThatThrownBy(() -> new Settings().override("api.professionalTokens.key", key.toString()).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.professionalTokens.issuer (from defaults): must be set with");
        assertThatThrownBy(() -> new Settings().override("api.patientTokens.issuer", "https://p.test")
                .override("api.patientTokens.key", key.toString()).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.tokens.audience (from defaults): must be set when a token issuer is set");
    }

    @Test
    void aMissingKeyFileOrASharedIssuerIsRefused() throws IOException {
        Path key = Files.writeString(tmp.resolve("k.pem"), "-");

        assertThatThrownBy(() -> new Settings().override("api.patientTokens.issuer", "https://p.test")
                .override("api.patientTokens.key", tmp.resolve("none.pem").toString())
                .override("api.tokens.audience", "carnet").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("api.patientTokens.key")
                .hasMessageContaining("is not a file");
        assertThatThrownBy(() -> new Settings()
                .override("api.patientTokens.issuer", "https://same.test")
                .override("api.patientTokens.key", key.toString())
                .override("api.professionalTokens.issuer", "https://same.test")
                .override("api.professionalTokens.key", key.toString())
                .override("api.tokens.audience", "carnet").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("api.professionalTokens.issuer")
                .hasMessageContaining("must differ from api.patientTokens.issuer");
    }

    @Test
    void retentionIsAtLeastOneYear() {
        assertThatThrownBy(() -> new Settings().override("dossier.retentionYears", "0").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("dossier.retentionYears");
    }

    @Test
    void toStringShowsTheIssuersNotTheKeys() throws IOException {
        Path key = Files.writeString(tmp.resolve("k.pem"), "-");
        String shown = new Settings().override("api.patientTokens.issuer", "https://p.test")
                .override("api.patientTokens.key", key.toString()).override("api.tokens.audience", "carnet")
                .build().toString();

        assertThat(shown).contains("dossierRetentionYears=10").contains("https://p.test").contains("audience=carnet");
    }
}
