package dev.migrate.autogenerate;

import dev.migrate.autogenerate.compare.SchemaComparator;
import dev.migrate.autogenerate.render.RevisionInfo;
import dev.migrate.autogenerate.render.RevisionRenderer;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.SchemaModel;

import java.util.ArrayList;

/**
 * Autogenerate in one call each: compare a target model with the database, write the revision
 * that closes the gap, or check that there is none. The CLI and the Spring Boot command mode
 * both call these.
 */
public final class Autogenerate {

    /** What {@code revision --autogenerate} says when there is nothing to write. */
    public static final String NO_CHANGES = "No changes in schema detected.";

    /** Why autogenerate refuses a database that has revisions still to apply. */
    public static final String NOT_UP_TO_DATE = "Target database is not up to date.";

    private Autogenerate() {
    }

    /**
     * Compares two models, without a database: the operations that turn {@code database} into
     * {@code target}, after the options' rewriter.
     */
    public static Diff compare(SchemaModel database, SchemaModel target, Dialect dialect, CompareOptions options) {
        Diff diff = new SchemaComparator(dialect, options).compare(database, target);
        return diff.withUpgrade(options.rewriter().rewrite(new ArrayList<>(diff.upgrade())));
    }

    /** The text of the revision file for a diff. */
    public static String render(Diff diff, RevisionInfo info, RevisionFormat format, Dialect dialect) {
        return format == RevisionFormat.JAVA ? RevisionRenderer.java(diff, info) : RevisionRenderer.sql(diff, info, dialect);
    }

    /** The {@code check} outcome for a diff. */
    public static CheckResult check(Diff diff) {
        return new CheckResult(diff.differences().isEmpty() && !diff.isEmpty()
                ? diff.upgrade().stream().map(Object::toString).toList() : diff.differences());
    }
}
