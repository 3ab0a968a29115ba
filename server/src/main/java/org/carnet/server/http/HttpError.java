package org.carnet.server.http;

/**
 * Thrown by a {@link JsonServlet} handler to answer with a status and {@code {"error": message}}. The message goes
 * to the client and to the log: keep it free of patient data.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false); // an answer, not a failure: no stack trace to fill
        this.status = status;
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError conflict(String message) {
        return new HttpError(409, message);
    }

    public static HttpError methodNotAllowed(String message) {
        return new HttpError(405, message);
    }

    public int status() {
        return status;
    }
}
