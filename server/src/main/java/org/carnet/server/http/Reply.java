package org.carnet.server.http;

/**
 * What a routed handler answers: a status and a body written as JSON, or no body (204).
 *
 * @param body any object Jackson writes; null only for {@link #noContent()}
 */
public record Reply(int status, Object body) {

    public static Reply ok(Object body) {
        return new Reply(200, body);
    }

    public static Reply created(Object body) {
        return new Reply(201, body);
    }

    /** A document as it is stored: its bytes under its MIME type, not JSON. */
    public record Content(String mimeType, byte[] bytes) {
    }

    public static Reply content(String mimeType, byte[] bytes) {
        return new Reply(200, new Content(mimeType, bytes));
    }

    public static Reply noContent() {
        return new Reply(204, null);
    }

    /** The answer to an {@link HttpError}: its status and {@code {"error": message}}. */
    public static Reply of(HttpError error) {
        return new Reply(error.status(), new JsonServlet.ErrorBody(error.getMessage()));
    }
}
