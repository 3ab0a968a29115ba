package org.carnet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    @Test
    void unknownSettingExitsWithOneLineNamingIt() {
        int code = run("serve", "--set", "server.prot=80");

        assertThat(code).isEqualTo(ServeCommand.CONFIG_ERROR);
        assertThat(err.toString()).startsWith("carnet: unknown setting 'server.prot'").hasLineCount(1);
    }

    @Test
    void malformedPortExitsWithOneLine() {
        int code = run("serve", "--set", "server.port=http");

        assertThat(code).isEqualTo(ServeCommand.CONFIG_ERROR);
        assertThat(err.toString()).contains("server.port").hasLineCount(1);
    }

    @Test
    void portInUseExitsWithOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            int code = run("serve", "--port", String.valueOf(port), "--data", tmp.toString(),
                    "--set", "server.host=127.0.0.1");

            assertThat(code).isEqualTo(ServeCommand.START_ERROR);
            assertThat(err.toString()).isEqualToIgnoringNewLines(
                    "carnet: cannot listen on 127.0.0.1:" + port + ": address already in use");
        }
    }

    @Test
    void serveHelpListsTheSettings() {
        int code = run("serve", "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("--set=KEY=VALUE").contains("server.port").contains("db.pool.size")
                .contains("soap.maxMessageBytes");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
