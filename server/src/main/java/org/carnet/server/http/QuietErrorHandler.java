package org.carnet.server.http;

import java.io.IOException;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages reduced to the status and its reason phrase: no stack, no exception message, no cause,
 * whatever the client asks for (HTML, JSON or text). Errors are logged on the server, never shown.
 */
final class QuietErrorHandler extends org.eclipse.jetty.ee11.servlet.ErrorHandler {

    QuietErrorHandler() {
        quiet(this);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        super.generateResponse(request, response, code, HttpStatus.getMessage(code), null, callback);
    }

    private static void quiet(ErrorHandler handler) {
        handler.setShowStacks(false);
        handler.setShowCauses(false);
        handler.setShowMessageInTitle(false);
        handler.setShowOrigin(false);
    }

    /** The same for errors raised outside the servlet context (e.g. a malformed HTTP request). */
    static final class Core extends ErrorHandler {
        Core() {
            quiet(this);
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                Throwable cause, Callback callback) throws IOException {
            super.generateResponse(request, response, code, HttpStatus.getMessage(code), null, callback);
        }
    }
}
