package org.carnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration the audit record repository cannot start with stops the node, naming the key. */
class NodeAuditRepositoryTest {
    @TempDir
    Path tmp;

    @Test
    void off_by_default() {
        NodeConfig config = new Settings().override("data.dir", tmp.toString()).build();
        assertThat(NodeAuditRepository.start(config, null, Clock.systemUTC())).isEmpty();
    }

    @Test
    void an_unreadable_trust_store_names_the_key() throws Exception {
        Path garbage = Files.writeString(tmp.resolve("store.p12"), "not a key store");
        NodeConfig config = new Settings().override("data.dir", tmp.toString())
                .override("audit.listen.tlsPort", "6514")
                .override("audit.listen.keyStore", garbage.toString())
                .override("audit.listen.trustStore", garbage.toString()).build();

        assertThatThrownBy(() -> NodeAuditRepository.start(config, null, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("audit.listen.keyStore: cannot read");
    }

    @Test
    void a_port_in_use_names_the_key() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            NodeConfig config = new Settings().override("data.dir", tmp.toString())
                    .override("audit.listen.host", "127.0.0.1")
                    .override("audit.listen.udpPort", Integer.toString(taken.getLocalPort())).build();

            assertThatThrownBy(() -> NodeAuditRepository.start(config, null, Clock.systemUTC()))
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith("audit.listen.udpPort: cannot listen");
        }
    }
}
