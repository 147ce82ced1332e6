package dev.migrate.internal.fleet;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.internal.runtime.UrlMasker;

/**
 * One tenant of a fleet: a schema (a database on MariaDB/MySQL) on the fleet's database, or a
 * database of its own given by a JDBC URL. Either way it keeps its own version table and history,
 * so tenants may stand at different revisions.
 *
 * @param schema the tenant's schema or database name, or {@code null} for a URL tenant
 * @param url    the tenant's own JDBC URL, or {@code null} for a schema tenant
 */
public record Tenant(String schema, String url) {

    public Tenant {
        if ((schema == null) == (url == null)) {
            throw new IllegalArgumentException("a tenant is a schema or a URL, exactly one");
        }
    }

    /** A tenant from a line of a tenant list: a JDBC URL when it starts with {@code jdbc:}, else a schema name. */
    public static Tenant parse(String line, String where) {
        String text = line.strip();
        if (text.isEmpty()) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION, where + ": a tenant is blank; give a schema name or a JDBC URL");
        }
        if (text.startsWith("jdbc:")) {
            return new Tenant(null, text);
        }
        if (text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new BadInputException(
                    ErrorKind.BAD_CONFIGURATION,
                    where + ": '" + text + "' is not a schema name (it holds a blank);"
                            + " give one schema name or JDBC URL a line");
        }
        return new Tenant(text, null);
    }

    public static Tenant schema(String schema) {
        return new Tenant(schema, null);
    }

    public static Tenant url(String url) {
        return new Tenant(null, url);
    }

    /**
     * The tenant as reports show it and shards hash it: the schema name, or the URL with its
     * password masked (so a changed password keeps a tenant in the same shard).
     */
    public String id() {
        return schema != null ? schema : UrlMasker.mask(url);
    }

    public boolean isUrl() {
        return url != null;
    }

    @Override
    public String toString() {
        return id();
    }
}
