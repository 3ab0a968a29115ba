package org.carnet.server;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carnet.common.access.Caller;
import org.carnet.common.access.Callers;

/**
 * Names the HTTP API's caller in tests, where the API's authentication would: the header {@value #HEADER} picks
 * one of the callers the filter was given and puts it in the request attribute {@link Callers#PROPERTY}. A caller
 * already there (put by the node's own authentication) is kept; without the header the request has no caller.
 */
public final class TestCallerFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String HEADER = "X-Test-Caller";

    private final transient Map<String, Caller> callers;

    public TestCallerFilter(Map<String, Caller> callers) {
        this.callers = Map.copyOf(callers);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = request.getHeader(HEADER);
        if (name != null && request.getAttribute(Callers.PROPERTY) == null) {
            Caller caller = callers.get(name);
            if (caller == null) {
                throw new IllegalArgumentException("no test caller named " + name);
            }
            request.setAttribute(Callers.PROPERTY, caller);
        }
        chain.doFilter(request, response);
    }
}
