package io.auditlens.cli;

import io.auditlens.about.ProductInfo;
import io.auditlens.views.ConfigFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import java.nio.file.Path;
import java.util.Map;

/** The root of the command line; every sub-command runs on the same engine as the window. */
@Command(name = "auditlens", mixinStandardHelpOptions = true, versionProvider = AuditLensCommand.BuildVersion.class,
        description = "Explore IBM Cloud Container Registry activity-tracking events.",
        subcommands = {SummarizeCommand.class, QueryCommand.class, DigestsCommand.class, TimelineCommand.class,
            ViewsCommand.class, GenerateCommand.class, FindingsCommand.class, LabelCommand.class, ExportCommand.class,
            ReportCommand.class, VerifyCommand.class, SqlCommand.class, IndexCommand.class})
public final class AuditLensCommand implements Runnable {

    private final Map<String, String> environment;

    /** The command line of this process, reading its environment. */
    public AuditLensCommand() {
        this(System.getenv());
    }

    AuditLensCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The folder of the user's settings and saved views, as the environment locates it. */
    Path configFolder() {
        return ConfigFolder.resolve(environment, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    @Override
    public void run() {
        // Without a sub-command the launcher opens the window; reaching here means only options were given.
    }

    /** {@code --version}: the version the build wrote from the pom. */
    static final class BuildVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ProductInfo.current().nameAndVersion()};
        }
    }
}
