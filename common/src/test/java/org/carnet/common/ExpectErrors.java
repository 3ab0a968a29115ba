package org.carnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.carnet.common.error.ErrorCode;
import org.carnet.common.error.ErrorList;
import org.carnet.common.error.XdsError;

/** The one way tests check collected errors: exactly one, with this code and location. */
public final class ExpectErrors {
    private ExpectErrors() {
    }

    /** Asserts that {@code errors} holds exactly one error, of Error severity, with this code and location. */
    public static XdsError expectOnly(ErrorList errors, ErrorCode code, String location) {
        List<XdsError> all = errors.all();
        assertThat(all).as("errors").hasSize(1);
        XdsError error = all.get(0);
        assertThat(error.code()).as("code of %s", error).isEqualTo(code);
        assertThat(error.location()).as("location of %s", error).isEqualTo(location);
        assertThat(error.severity()).as("severity of %s", error).isEqualTo(XdsError.Severity.ERROR);
        return error;
    }

    public static void expectNone(ErrorList errors) {
        assertThat(errors.all()).as("errors").isEmpty();
    }
}
