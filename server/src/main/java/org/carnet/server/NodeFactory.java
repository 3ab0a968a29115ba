package org.carnet.server;

import java.io.IOException;

import org.carnet.server.config.NodeConfig;

/** Builds the node from its configuration and starts it: see {@link Node} for the wiring. */
public final class NodeFactory {

    private NodeFactory() {
    }

    /**
     * Starts the node and returns it running; on failure nothing is left open.
     *
     * @throws IOException when the HTTP port cannot be bound (cause {@link java.net.BindException})
     */
    public static RunningNode start(NodeConfig config) throws IOException {
        return Node.start(config);
    }
}
