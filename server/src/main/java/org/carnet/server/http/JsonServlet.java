package org.carnet.server.http;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base for servlets that speak JSON. Handlers override {@code doGet}/{@code doPost}/... and use
 * {@link #readJson} and {@link #writeJson}; failures become {@code {"error": "..."}} in one place
 * ({@link #service}): an {@link HttpError} keeps its status and message, anything else is a 500 with an opaque
 * error id, logged with its stack under that id and never sent to the client.
 */
public abstract class JsonServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(JsonServlet.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final String CONTENT_TYPE = "application/json";

    /** The response body for every error. */
    public record ErrorBody(String error) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        try {
            super.service(request, response);
        } catch (HttpError e) {
            // Servlet path only: the path info may hold a patient id.
            log.warn("{} {} answered {}: {}", request.getMethod(), request.getServletPath(), e.status(),
                    e.getMessage());
            writeError(response, e.status(), e.getMessage());
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString();
            log.error("{} {} failed, error id {}", request.getMethod(), request.getServletPath(), errorId, e);
            writeError(response, 500, "internal error, id " + errorId);
        }
    }

    /** Reads the body as {@code type}; a body that is not such JSON is a 400 that does not echo the input. */
    protected static <T> T readJson(HttpServletRequest request, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(request.getInputStream(), type);
        } catch (JacksonException e) {
            throw HttpError.badRequest("request body is not a valid " + type.getSimpleName() + " JSON document");
        }
    }

    /**
     * Reads the body as {@code type}, or null when the request has no body: for operations whose body is optional.
     */
    static <T> T readOptionalJson(HttpServletRequest request, Class<T> type) throws IOException {
        PushbackInputStream in = new PushbackInputStream(request.getInputStream());
        int first = in.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = in.read();
        }
        if (first == -1) {
            return null;
        }
        in.unread(first);
        try {
            return MAPPER.readValue(in, type);
        } catch (JacksonException e) {
            throw HttpError.badRequest("request body is not a valid " + type.getSimpleName() + " JSON document");
        }
    }

    /** Writes {@code body} as JSON with {@code status}; API answers may hold patient data, so no caching. */
    protected static void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        if (response.isCommitted()) {
            return; // too late for another answer; the failure is already logged
        }
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        response.resetBuffer();
        response.setStatus(status);
        // No charset parameter: JSON is UTF-8 by definition (RFC 8259).
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public static void writeError(HttpServletResponse response, int status, String message) throws IOException {
        writeJson(response, status, new ErrorBody(message));
    }
}
