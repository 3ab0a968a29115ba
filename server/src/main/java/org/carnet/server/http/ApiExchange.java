package org.carnet.server.http;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;

/** One API request as a handler sees it: who calls, the path parameters, the query and the body. */
public final class ApiExchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Map<String, String> pathParams;

    ApiExchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathParams) {
        this.request = request;
        this.response = response;
        this.pathParams = Map.copyOf(pathParams);
    }

    /**
     * The caller the authentication filter established. A request that reaches a handler without one is a wiring
     * error, not an anonymous call.
     */
    public Caller caller() {
        if (request.getAttribute(Callers.PROPERTY) instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no caller was established for this request");
    }

    /** A {@code {name}} segment of the route's template, decoded. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "}");
        }
        return value;
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return request.getParameter(name);
    }

    /** The body as {@code type}; a missing or malformed body is a 400. */
    public <T> T body(Class<T> type) throws IOException {
        T body = JsonServlet.readOptionalJson(request, type);
        if (body == null) {
            throw HttpError.badRequest("a " + type.getSimpleName() + " JSON body is required");
        }
        return body;
    }

    /** The body as {@code type}, or null when there is none; a malformed body is a 400. */
    public <T> T optionalBody(Class<T> type) throws IOException {
        return JsonServlet.readOptionalJson(request, type);
    }

    public HttpServletResponse response() {
        return response;
    }
}
