package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.internal.lint.Lint;
import dev.migrate.internal.lint.LintReport;
import dev.migrate.internal.lint.PreviousModel;
import java.util.function.Supplier;

/** {@code migrate lint [RANGE] [--format text|json] [--previous-classpath …]}: exit 1 when an unacknowledged error is found. */
public final class LintCommand {

    private final Supplier<Migrate> migrate;
    private final Console console;

    public LintCommand(Supplier<Migrate> migrate, Console console) {
        this.migrate = migrate;
        this.console = console;
    }

    public int lint(String range, String dialect, String format) {
        return lint(range, dialect, format, null);
    }

    /** @param previous the model of the release still serving ({@code --previous-classpath}), or {@code null} */
    public int lint(String range, String dialect, String format, PreviousModel previous) {
        boolean json =
                switch (format == null ? "text" : format) {
                    case "text" -> false;
                    case "json" -> true;
                    default ->
                        throw new BadInputException(ErrorKind.BAD_USAGE, "--format " + format + ": use text or json");
                };
        LintReport report = new Lint(migrate.get()).run(range, dialect, previous);
        if (json) {
            console.answer(report.json());
        } else {
            console.answer(report.text().stripTrailing());
        }
        return report.failed() ? 1 : 0;
    }
}
