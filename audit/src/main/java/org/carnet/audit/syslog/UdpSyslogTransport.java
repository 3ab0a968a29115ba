package org.carnet.audit.syslog;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * RFC 5426 syslog over UDP: one message per datagram, no framing. UDP tells nothing of delivery: a message is
 * taken once the datagram is sent. The socket is connected, so an ICMP "port unreachable" from a collector that is
 * down fails the next send and the transport retries from there (the datagram that drew the ICMP answer is lost:
 * RFC 5426 offers no better). A message over the largest UDP payload (65,507 bytes) cannot be sent at all.
 */
public final class UdpSyslogTransport implements SyslogTransport {
    /** The largest UDP payload over IPv4. */
    static final int MAX_DATAGRAM = 65_507;

    private final SyslogDestination destination;
    private volatile DatagramSocket socket;

    public UdpSyslogTransport(SyslogDestination destination) {
        this.destination = Objects.requireNonNull(destination, "destination");
    }

    @Override
    public void send(byte[] message) throws IOException {
        if (message.length > MAX_DATAGRAM) {
            throw new MessageTooLargeException(message.length + " bytes do not fit in one UDP datagram");
        }
        if (socket == null) {
            InetSocketAddress address = new InetSocketAddress(destination.host(), destination.port());
            if (address.isUnresolved()) {
                throw new IOException("cannot resolve " + destination.host());
            }
            DatagramSocket s = new DatagramSocket();
            s.connect(address);
            socket = s;
        }
        try {
            socket.send(new DatagramPacket(message, message.length));
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        DatagramSocket s = socket;
        socket = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public String toString() {
        return destination.toString();
    }
}
