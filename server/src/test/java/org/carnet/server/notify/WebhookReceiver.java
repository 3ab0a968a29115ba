package org.carnet.server.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway on loopback for the tests: records every call and answers with the statuses it is scripted with, then
 * 200. It can be stopped and started again on the same port, and made to hold a call until released.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One call as received: headers by lower-case name, body as text, and what was answered. */
    record Call(Map<String, String> headers, String body, int answered) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** A scripted answer: a status, and a Retry-After header when not null. */
    private record Answer(int status, String retryAfter) {
    }

    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile CountDownLatch held = new CountDownLatch(0);
    private int port;
    private HttpServer server;

    WebhookReceiver() throws IOException {
        start();
    }

    /** Answers the next calls with these statuses, in order; 200 afterwards. */
    WebhookReceiver answer(Integer... statuses) {
        for (int status : statuses) {
            script.add(new Answer(status, null));
        }
        return this;
    }

    /** Answers the next call with this status and a Retry-After header. */
    WebhookReceiver answer(int status, String retryAfter) {
        script.add(new Answer(status, retryAfter));
        return this;
    }

    /** Holds the next calls unanswered until {@link #release()}. */
    void holdCalls() {
        held = new CountDownLatch(1);
        hold = new CountDownLatch(1);
    }

    /** Waits until a call is being held. */
    boolean awaitHeldCall(Duration timeout) throws InterruptedException {
        return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void release() {
        hold.countDown();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/carnet";
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** Stops listening: calls are refused until {@link #start()}. */
    void stop() {
        server.stop(0);
    }

    /** Listens again, on the same port after a {@link #stop()}. */
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hooks/carnet", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            held.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Answer answer = script.poll();
            if (answer == null) {
                answer = new Answer(200, null);
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            calls.add(new Call(headers, body, answer.status()));
            exchange.sendResponseHeaders(answer.status(), -1);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
