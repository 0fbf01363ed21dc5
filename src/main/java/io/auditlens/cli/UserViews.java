package io.auditlens.cli;

import io.auditlens.task.FailureReason;
import io.auditlens.views.SavedView;
import io.auditlens.views.ViewCatalog;
import io.auditlens.views.ViewRefusedException;
import io.auditlens.views.ViewStore;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The user's saved views as every command sees them: the store in the configured folder, its warnings printed as
 * one line on stderr, and a missing view turned into a usage error.
 */
final class UserViews {

    private UserViews() {
    }

    /** The store in the folder the command line's environment points at. */
    static ViewStore open(CommandSpec spec) {
        return new ViewStore(((AuditLensCommand) spec.root().userObject()).configFolder());
    }

    /**
     * Every view; a warning about the views file (such as a corrupt file set aside) goes to stderr and the command
     * carries on, with at least the built-in views.
     */
    static ViewCatalog load(ViewStore store, PrintWriter err) {
        ViewCatalog catalog;
        try {
            catalog = store.load();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the saved views in " + store.file() + ": " + reason(e));
        }
        catalog.warning().ifPresent(w -> {
            err.println("auditlens: warning: " + Cli.oneLine(w));
            err.flush();
        });
        return catalog;
    }

    /** The view of this name, ignoring case; a usage error naming the known views when there is none. */
    static SavedView find(CommandSpec spec, String name) {
        try (ViewStore store = open(spec)) {
            ViewCatalog catalog = load(store, spec.commandLine().getErr());
            return catalog.find(name).orElseThrow(() -> new Cli.UsageException(
                    "no view named \"" + name + "\" (known: " + String.join(", ", catalog.names()) + ")")).view();
        } catch (IOException e) {
            throw new IllegalStateException("cannot release the lock on the saved views: " + reason(e));
        }
    }

    /** A change to the saved views, as a store method makes it. */
    @FunctionalInterface
    interface Change<T> {
        T apply() throws IOException, ViewRefusedException;
    }

    /** Makes a change; a refusal or a failure to save becomes a one-line error (exit code 1). */
    static <T> T change(ViewStore store, Change<T> change) {
        try {
            return change.apply();
        } catch (ViewRefusedException e) {
            throw new IllegalStateException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the views in " + store.file() + ": " + reason(e));
        }
    }

    /** An I/O failure in words: NIO's messages are often just the path concerned. */
    static String reason(IOException e) {
        return FailureReason.of(e);
    }
}
