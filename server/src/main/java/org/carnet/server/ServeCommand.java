package org.carnet.server;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.carnet.server.config.ConfigException;
import org.carnet.server.config.NodeConfig;
import org.carnet.server.config.Setting;
import org.carnet.server.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code carnet serve}: builds the {@link NodeConfig}, starts the node and runs until the JVM is asked to stop
 * (SIGTERM, Ctrl-C), when a shutdown hook closes the node. Bad configuration exits with 2 and a port already
 * in use with 1, each with a one-line message on stderr.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the registry and the repository over HTTP until stopped.",
        sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    static final int CONFIG_ERROR = 2;
    static final int START_ERROR = 1;

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port; shorthand for --set server.port=PORT")
    private Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder; shorthand for --set data.dir=DIR")
    private String data;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with settings")
    private Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a setting; repeatable, wins over --config, --port and --data")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        NodeConfig nodeConfig;
        try {
            nodeConfig = settings().build();
        } catch (ConfigException e) {
            return fail(CONFIG_ERROR, e.getMessage());
        }
        RunningNode node;
        try {
            node = NodeFactory.start(nodeConfig);
        } catch (ConfigException e) {
            return fail(CONFIG_ERROR, e.getMessage());
        } catch (IOException e) {
            if (causeOf(e, BindException.class)) {
                return fail(START_ERROR, "cannot listen on " + nodeConfig.host() + ":" + nodeConfig.port()
                        + ": address already in use");
            }
            log.error("Carnet failed to start", e);
            return fail(START_ERROR, "failed to start: " + e.getMessage());
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Carnet stopping");
            node.close();
            log.info("Carnet stopped");
            stopped.countDown();
        }, "carnet-shutdown"));
        log.info("Carnet ready: registry {}, repository {}, health {}",
                node.registryUrl(), node.repositoryUrl(), node.healthUrl());
        stopped.await(); // the JVM halts once the shutdown hook has closed the node
        return 0;
    }

    Settings settings() {
        Settings settings = new Settings();
        if (config != null) {
            settings.file(config);
        }
        if (port != null) {
            settings.option(Setting.SERVER_PORT, port.toString());
        }
        if (data != null) {
            settings.option(Setting.DATA_DIR, data);
        }
        return settings.overrides(sets);
    }

    private int fail(int exitCode, String message) {
        spec.commandLine().getErr().println("carnet: " + message);
        return exitCode;
    }

    private static boolean causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
