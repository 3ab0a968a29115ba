package org.carnet.audit.repository;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RFC 5426 receiver: one message per datagram, no framing and no authentication of the sender (UDP offers none;
 * the sender's address is recorded). A datagram over the frame limit is counted as malformed and dropped.
 */
final class UdpSyslogListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UdpSyslogListener.class);
    /** The largest UDP payload, so that a too-large datagram is seen whole and refused rather than truncated. */
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final int maxFrameBytes;
    private final MessageIntake intake;
    private final ReceptionCounters counters;
    private final Thread receiver;

    UdpSyslogListener(RepositorySettings settings, MessageIntake intake, ReceptionCounters counters)
            throws IOException {
        this.maxFrameBytes = settings.maxFrameBytes();
        this.intake = intake;
        this.counters = counters;
        socket = new DatagramSocket(new InetSocketAddress(settings.host(), settings.udpPort()));
        receiver = new Thread(this::receiveLoop, "audit-repository-udp");
        receiver.setDaemon(true);
        receiver.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void receiveLoop() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    log.warn("audit repository: UDP receive failed: {}", e.toString());
                }
                continue;
            }
            InetSocketAddress sender = (InetSocketAddress) packet.getSocketAddress();
            if (packet.getLength() > maxFrameBytes) {
                counters.malformedOne();
                log.warn("audit repository: dropped a {} byte datagram from {}: over {} bytes", packet.getLength(),
                        sender, maxFrameBytes);
                continue;
            }
            intake.accept(Arrays.copyOf(packet.getData(), packet.getLength()), ReceivedAuditMessage.Transport.UDP,
                    sender, Optional.empty());
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
