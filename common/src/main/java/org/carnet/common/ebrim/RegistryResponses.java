package org.carnet.common.ebrim;

import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_FAILURE;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_PARTIAL_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.RESPONSE_SUCCESS;
import static org.carnet.common.vocabulary.Vocabulary.SEVERITY_ERROR;
import static org.carnet.common.vocabulary.Vocabulary.SEVERITY_WARNING;

import java.util.List;

import org.carnet.common.error.XdsError;
import org.carnet.wsdl.rs.RegistryError;
import org.carnet.wsdl.rs.RegistryErrorList;
import org.carnet.wsdl.rs.RegistryResponseType;

/** Builds {@code rs:RegistryResponse} status and error lists (ITI TF-3 4.2.4). */
public final class RegistryResponses {
    private RegistryResponses() {
    }

    public static RegistryResponseType success(List<XdsError> warnings) {
        return fill(new RegistryResponseType(), RESPONSE_SUCCESS, warnings);
    }

    public static RegistryResponseType failure(List<XdsError> errors) {
        return fill(new RegistryResponseType(), RESPONSE_FAILURE, errors);
    }

    /** Success, PartialSuccess or Failure, from whether anything succeeded and whether errors exist. */
    public static String status(boolean anySucceeded, List<XdsError> errors) {
        boolean anyError = errors.stream().anyMatch(XdsError::isError);
        if (!anyError) {
            return RESPONSE_SUCCESS;
        }
        return anySucceeded ? RESPONSE_PARTIAL_SUCCESS : RESPONSE_FAILURE;
    }

    /** Sets status and errors on any response derived from RegistryResponseType (AdhocQueryResponse too). */
    public static <T extends RegistryResponseType> T fill(T response, String status, List<XdsError> errors) {
        response.setStatus(status);
        if (!errors.isEmpty()) {
            RegistryErrorList list = new RegistryErrorList();
            for (XdsError e : errors) {
                RegistryError error = new RegistryError();
                error.setErrorCode(e.code().wire());
                error.setCodeContext(e.codeContext());
                error.setLocation(e.location());
                error.setSeverity(e.isError() ? SEVERITY_ERROR : SEVERITY_WARNING);
                list.getRegistryError().add(error);
            }
            response.setRegistryErrorList(list);
        }
        return response;
    }
}
