package org.carnet.audit.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.carnet.audit.syslog.SyslogDestination.Protocol;
import org.junit.jupiter.api.Test;

class SyslogDestinationTest {

    @Test
    void tls_and_udp_with_and_without_port() {
        assertThat(SyslogDestination.parse("tls://arr.example:6515"))
                .isEqualTo(new SyslogDestination(Protocol.TLS, "arr.example", 6515));
        assertThat(SyslogDestination.parse("tls://arr.example"))
                .isEqualTo(new SyslogDestination(Protocol.TLS, "arr.example", 6514));
        assertThat(SyslogDestination.parse(" UDP://10.0.0.5 "))
                .isEqualTo(new SyslogDestination(Protocol.UDP, "10.0.0.5", 514));
        assertThat(SyslogDestination.parse("udp://[::1]:1514"))
                .isEqualTo(new SyslogDestination(Protocol.UDP, "::1", 1514));
    }

    @Test
    void id_is_safe_as_a_file_name_and_text_round_trips() {
        SyslogDestination ipv6 = SyslogDestination.parse("udp://[::1]:1514");
        assertThat(ipv6.id()).isEqualTo("udp___1_1514");
        assertThat(ipv6.toString()).isEqualTo("udp://[::1]:1514");
        assertThat(SyslogDestination.parse("tls://arr.example:6514").id()).isEqualTo("tls_arr.example_6514");
    }

    @Test
    void other_schemes_paths_and_missing_hosts_are_refused() {
        assertThatThrownBy(() -> SyslogDestination.parse("tcp://arr.example:514"))
                .hasMessageContaining("expected tls://host:port or udp://host:port");
        assertThatThrownBy(() -> SyslogDestination.parse("tls://arr.example:6514/x"))
                .hasMessageContaining("nothing more");
        assertThatThrownBy(() -> SyslogDestination.parse("arr.example:6514"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyslogDestination.parse("tls://arr.example:99999"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
