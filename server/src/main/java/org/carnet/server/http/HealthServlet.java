package org.carnet.server.http;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /health}: {@code {"status":"UP","registry":url,"repository":url}} while the node serves requests. */
public final class HealthServlet extends JsonServlet {
    private static final long serialVersionUID = 1L;

    record Health(String status, String registry, String repository) {
    }

    // Suppliers: with port 0 the URLs are only known once the server is listening.
    private final transient Supplier<String> registryUrl;
    private final transient Supplier<String> repositoryUrl;

    public HealthServlet(Supplier<String> registryUrl, Supplier<String> repositoryUrl) {
        this.registryUrl = Objects.requireNonNull(registryUrl);
        this.repositoryUrl = Objects.requireNonNull(repositoryUrl);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writeJson(response, HttpServletResponse.SC_OK, new Health("UP", registryUrl.get(), repositoryUrl.get()));
    }
}
