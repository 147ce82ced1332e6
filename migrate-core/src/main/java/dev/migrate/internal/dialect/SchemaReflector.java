package dev.migrate.internal.dialect;

import dev.migrate.schema.SchemaModel;
import java.sql.Connection;

/**
 * Reads a database schema into a {@link SchemaModel} in the form the ops renderer consumes and
 * models built from entities take, so the two compare as values. One implementation per database
 * reads its catalog with a few bulk queries per schema, not one metadata call per table.
 *
 * A dialect gives its own with {@link Dialect#reflector()}; each implementation sits beside its
 * dialect in this package.
 *
 * <p>Rules every implementation follows (the database-specific ones are on each class):
 * <ul>
 *   <li>Tables carry the filter's schema ({@code null} when reflecting the connection's current
 *       schema); foreign keys carry a referred schema only when it differs from the table's.</li>
 *   <li>Names are as the database stores them, except that H2's upper-case names of bare
 *       identifiers are lower-cased (see {@link H2Reflector}).</li>
 *   <li>Types become the portable {@code ColumnType} kinds where the database type is the one the
 *       renderer writes for that kind or is equivalent to it; anything else is a
 *       {@code sqlType(...)} carrying the database's own spelling.</li>
 *   <li>A column whose values the database generates (identity, serial, auto-increment, SQLite's
 *       rowid alias) is an identity column with no server default.</li>
 *   <li>Defaults lose the database's rewriting (casts of literals, extra parentheses, {@code NULL}
 *       spelled as a default), so an unchanged default never shows up as a difference.</li>
 *   <li>Referential actions the database applies when none is given ({@code NO ACTION}, and
 *       {@code RESTRICT} where it is the same thing) are {@code null}.</li>
 *   <li>Indexes that only back a primary key, unique constraint or foreign key are not listed as
 *       indexes; sequences that belong to identity or serial columns are not listed as sequences.</li>
 *   <li>Sequence numbers equal to the database's defaults are {@code null}.</li>
 * </ul>
 */
public interface SchemaReflector {

    /**
     * The schema's tables and sequences accepted by the filter.
     *
     * @throws dev.migrate.MigrateException when the database cannot be read
     */
    SchemaModel reflect(Connection connection, ReflectionFilter filter);
}
