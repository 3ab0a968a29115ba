package org.carnet.server.api;

import java.util.regex.Pattern;

import org.carnet.common.metadata.Cx;
import org.carnet.server.http.HttpError;

/** Reads the ids the dossier API names: patients (CX) and professionals; a bad one is a 400 that quotes nothing. */
final class PatientIds {
    static final String EXAMPLE = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
    /** RPPS / ADELI numbers, possibly prefixed as in the VIHF NameID; the column holds 128 characters. */
    private static final Pattern PROFESSIONAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private PatientIds() {
    }

    /** The patient's key ({@link Cx#key()}); the message of a malformed id does not echo it (patient data). */
    static Cx patient(String value) {
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("patientId is required, e.g. " + EXAMPLE);
        }
        Cx cx = new Cx(value);
        String problem = cx.problem();
        if (problem != null) {
            throw HttpError.badRequest(problem.replace("'" + cx.value() + "' ", ""));
        }
        return cx;
    }

    static String professional(String value) {
        if (value == null || !PROFESSIONAL_ID.matcher(value).matches()) {
            throw HttpError.badRequest("a professional id is 1 to 128 letters, digits or . _ : -");
        }
        return value;
    }
}
