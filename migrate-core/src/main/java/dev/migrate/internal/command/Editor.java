package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.MigrateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The user's text editor, as Alembic finds it: {@code EDITOR}, else {@code VISUAL}. The value may
 * carry options ({@code code --wait}); it is split at whitespace, not run through a shell. Unlike
 * Alembic, no editor is guessed when neither is set (a CI job must not hang in {@code nano}).
 */
public final class Editor {

    private final List<String> command;
    private final String variable;

    private Editor(List<String> command, String variable) {
        this.command = command;
        this.variable = variable;
    }

    /** The editor the environment names; bad input when it names none. */
    public static Editor fromEnvironment(Map<String, String> environment) {
        for (String variable : List.of("EDITOR", "VISUAL")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return new Editor(Arrays.asList(value.strip().split("\\s+")), variable);
            }
        }
        throw new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                "No editor: set the EDITOR (or VISUAL) environment variable to the program "
                        + "that edits a file, e.g. EDITOR=vim or EDITOR=\"code --wait\"");
    }

    /** Opens {@code file} and waits until the editor exits. */
    public void open(Path file) {
        List<String> arguments = new ArrayList<>(command);
        arguments.add(file.toString());
        try {
            int exitCode = new ProcessBuilder(arguments).inheritIO().start().waitFor();
            if (exitCode != 0) {
                throw new MigrateException(
                        ErrorKind.BAD_CONFIGURATION,
                        "Error executing editor (" + variable + "=" + String.join(" ", command) + " exited with code "
                                + exitCode + " on " + file + ")");
            }
        } catch (IOException e) {
            throw new MigrateException(
                    ErrorKind.BAD_CONFIGURATION,
                    "Error executing editor (" + variable + "=" + String.join(" ", command) + " could not be started: "
                            + e.getMessage() + ")",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException(ErrorKind.OTHER, "Interrupted while the editor was open on " + file, e);
        }
    }
}
