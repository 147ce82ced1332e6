package dev.migrate.dialect;

import dev.migrate.MigrateException;
import dev.migrate.schema.OneLineText;

/** PostgreSQL: transactional DDL, session advisory locks. */
public class PostgresDialect extends Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /**
     * A plain literal, or an escape string ({@code E'…'}) when the value holds control characters, so
     * that a literal of an offline script never spans lines. PostgreSQL's text cannot hold NUL at all.
     */
    @Override
    public String literal(String value) {
        if (value == null || value.chars().noneMatch(Character::isISOControl)) {
            return super.literal(value);
        }
        if (value.indexOf('\0') >= 0) {
            throw new MigrateException("A value holds the NUL character (\\0), which PostgreSQL text cannot hold; remove it from "
                    + super.literal(OneLineText.of(value)));
        }
        return quoted("E'", value, c -> switch (c) {
            case '\\' -> "\\\\";
            case '\'' -> "''";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            // an escape \x80 or above would be a byte, not a character, in a UTF-8 database
            default -> Character.isISOControl(c) ? String.format(c < 0x80 ? "\\x%02x" : "\\u%04x", c) : null;
        });
    }

    @Override
    public DatabaseLock lock() {
        return new PostgresAdvisoryLock();
    }

    @Override
    protected DdlRenderer renderer() {
        return new PostgresDdlRenderer(this);
    }
}
