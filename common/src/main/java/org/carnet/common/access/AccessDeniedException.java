package org.carnet.common.access;

import java.util.List;

import org.carnet.common.error.XdsError;
import org.carnet.common.error.XdsException;

/**
 * A refusal by the access policy: answered as the XDS errors it carries, and told to the audit trail as an
 * access denied (the transaction's action becomes {@value #ACTION}).
 */
public class AccessDeniedException extends XdsException {
    private static final long serialVersionUID = 1L;
    /** The action a refused transaction is recorded under. */
    public static final String ACTION = "ACCESS_DENIED";

    public AccessDeniedException(List<XdsError> errors) {
        super(errors);
    }
}
