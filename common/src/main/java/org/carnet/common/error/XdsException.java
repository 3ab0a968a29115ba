package org.carnet.common.error;

import java.util.List;

/**
 * A request the node refuses for a reason the client can act on. Carries one or more {@link XdsError}s,
 * all reported together in the response; never a stack trace.
 */
public class XdsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<XdsError> errors;

    public XdsException(List<XdsError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an XdsException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public XdsException(ErrorCode code, String codeContext, String location) {
        this(List.of(XdsError.error(code, codeContext, location)));
    }

    public XdsException(ErrorCode code, String codeContext) {
        this(code, codeContext, null);
    }

    public List<XdsError> errors() {
        return errors;
    }

    /** The first error's code: what a caller that handles one failure at a time looks at. */
    public ErrorCode code() {
        return errors.get(0).code();
    }

    private static String summary(List<XdsError> errors) {
        if (errors.isEmpty()) {
            return "";
        }
        XdsError first = errors.get(0);
        String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : "";
        return first.code().wire() + ": " + first.codeContext() + more;
    }
}
