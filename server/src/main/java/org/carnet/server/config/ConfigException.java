package org.carnet.server.config;

/** Configuration the node cannot start with; the message is a complete sentence meant for the operator. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
