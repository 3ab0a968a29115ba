package org.carnet.server;

import org.carnet.server.config.Setting;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code carnet} command. */
@Command(name = "carnet", mixinStandardHelpOptions = true,
        description = "Carnet: an IHE XDS.b document registry and repository.",
        subcommands = ServeCommand.class)
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
        // On success `serve` only returns once the node has stopped; nothing else keeps the JVM alive.
    }

    /** The command line with its subcommands; the settings table is added to {@code serve --help}. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        // A help section rather than a footer: picocli would re-wrap a footer and break the table's columns.
        commandLine.getSubcommands().get("serve").getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> String.format("%nSettings (--config FILE or --set KEY=VALUE):%n%s%n", Setting.helpTable()));
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand, e.g. `carnet serve`");
    }
}
