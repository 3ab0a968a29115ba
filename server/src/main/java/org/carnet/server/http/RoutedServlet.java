package org.carnet.server.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A JSON servlet whose GET, POST, PUT and DELETE requests are dispatched by a {@link Routes} table; failures are
 * mapped to JSON errors by {@link JsonServlet}.
 */
public abstract class RoutedServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    private final transient Routes routes;

    protected RoutedServlet(Routes routes) {
        this.routes = routes;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected final void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    @Override
    protected final void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        route(request, response);
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Reply reply = routes.dispatch(request, response);
        if (reply.body() == null) {
            response.setStatus(reply.status());
            response.setHeader("Cache-Control", "no-store");
        } else if (reply.body() instanceof Reply.Content content) {
            response.setStatus(reply.status());
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(content.mimeType());
            response.setContentLength(content.bytes().length);
            response.getOutputStream().write(content.bytes());
        } else {
            writeJson(response, reply.status(), reply.body());
        }
    }
}
