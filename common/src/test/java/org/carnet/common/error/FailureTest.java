package org.carnet.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The one place where an exception becomes what the client is told (STYLE 6). */
class FailureTest {

    @Test
    void xdsExceptionDeepInTheCauseChainKeepsItsErrors() {
        XdsException refused = new XdsException(List.of(
                XdsError.error(ErrorCode.UNKNOWN_PATIENT_ID, "no open dossier", "Document01"),
                XdsError.warning(ErrorCode.EXTRA_METADATA_NOT_SAVED, "slot not saved", "Document01")));
        Throwable wrapped = new RuntimeException("outer", new IllegalStateException("middle", refused));

        Failure failure = Failure.of(wrapped, ErrorCode.REGISTRY_ERROR, "ITI-42");

        assertThat(failure.errors()).isEqualTo(refused.errors());
        assertThat(failure.errorId()).isNull();
        assertThat(failure.codes()).containsExactly("XDSUnknownPatientId", "XDSExtraMetadataNotSaved");
    }

    @Test
    void unexpectedExceptionBecomesAnOpaqueInternalError() {
        Failure failure = Failure.of(new NullPointerException("secret detail of Patient.name"),
                ErrorCode.REGISTRY_ERROR, "ITI-42");

        assertThat(failure.errors()).hasSize(1);
        XdsError error = failure.errors().get(0);
        assertThat(error.code()).isEqualTo(ErrorCode.REGISTRY_ERROR);
        assertThat(error.severity()).isEqualTo(XdsError.Severity.ERROR);
        assertThat(error.location()).isNull();
        assertThat(UUID.fromString(failure.errorId()).toString()).isEqualTo(failure.errorId());
        assertThat(error.codeContext())
                .contains(failure.errorId())
                .doesNotContain("NullPointerException", "secret detail", "java.", "org.carnet", "\tat ");
        assertThat(failure.codes()).containsExactly("XDSRegistryError");
    }

    @Test
    void internalErrorUsesTheGivenCode() {
        Failure failure = Failure.of(new IllegalStateException("disk full"), ErrorCode.REPOSITORY_ERROR, "ITI-41");

        assertThat(failure.errors()).extracting(XdsError::code).containsExactly(ErrorCode.REPOSITORY_ERROR);
        assertThat(failure.errorId()).isNotNull();
    }

    @Test
    void everyInternalErrorHasItsOwnId() {
        Failure first = Failure.of(new NullPointerException(), ErrorCode.REGISTRY_ERROR, "ITI-18");
        Failure second = Failure.of(new NullPointerException(), ErrorCode.REGISTRY_ERROR, "ITI-18");

        assertThat(first.errorId()).isNotEqualTo(second.errorId());
    }

    @Test
    void codesAreListedOnceEach() {
        XdsException refused = new XdsException(List.of(
                XdsError.error(ErrorCode.REGISTRY_METADATA_ERROR, "classCode is required and missing", "Document01"),
                XdsError.error(ErrorCode.REGISTRY_METADATA_ERROR, "typeCode is required and missing", "Document01")));

        assertThat(Failure.of(refused, ErrorCode.REGISTRY_ERROR, "ITI-42").codes())
                .containsExactly("XDSRegistryMetadataError");
    }
}
