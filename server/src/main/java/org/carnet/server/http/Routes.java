package org.carnet.server.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet's route table: method and path template → handler, e.g.
 * {@code add("PUT", "/{patient}/professionals/{professional}/block", handler)}. Templates are relative to the
 * servlet's path; a {@code {name}} segment matches one percent-decoded path segment. A path that matches no
 * template is a 404, one that matches with another method a 405.
 */
public final class Routes {

    /** Handles one matched request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(ApiExchange exchange) throws IOException;
    }

    private record Route(String method, List<String> template, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    public Routes add(String method, String template, Handler handler) {
        routes.add(new Route(method, segments(template), handler));
        return this;
    }

    /** Finds the route of this request and runs its handler. */
    public Reply dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = path(request);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> params = match(route.template(), path);
            if (params == null) {
                continue;
            }
            if (route.method().equals(request.getMethod())) {
                return route.handler().handle(new ApiExchange(request, response, params));
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw HttpError.notFound("no such resource");
        }
        response.setHeader("Allow", String.join(", ", allowed));
        throw HttpError.methodNotAllowed("use " + String.join(" or ", allowed) + " here");
    }

    private static Map<String, String> match(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                params.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return null;
            }
        }
        return params;
    }

    /**
     * The request's path below the servlet, split on the raw {@code /} and then decoded, so that an encoded
     * character in an id never splits it.
     */
    private static List<String> path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String below = uri.substring(Math.min(uri.length(),
                request.getContextPath().length() + request.getServletPath().length()));
        return segments(below).stream().map(Routes::decode).toList();
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** Percent-decoding of a path segment: unlike a form, a {@code +} in a path is a plus. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("malformed percent-encoding in the path");
        }
    }
}
