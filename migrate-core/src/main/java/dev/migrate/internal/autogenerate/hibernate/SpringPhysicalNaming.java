package dev.migrate.internal.autogenerate.hibernate;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * The physical naming rule Spring Boot applies by default ({@code CamelCaseToUnderscoresNamingStrategy}),
 * written here because Spring is not on the core's class path: dots become underscores, an
 * underscore goes between a lower-case letter and an upper-case letter followed by a lower-case
 * one ({@code postTitle} → {@code post_title}, {@code HTMLParser} stays one word), and unquoted
 * names are lower-cased. Quoted names are left as written.
 */
public final class SpringPhysicalNaming implements PhysicalNamingStrategy {

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    static Identifier apply(Identifier name) {
        if (name == null) {
            return null;
        }
        String text = physicalName(name.getText(), name.isQuoted());
        return new Identifier(text, name.isQuoted());
    }

    /** The rule itself, on plain text. */
    public static String physicalName(String logical, boolean quoted) {
        StringBuilder out = new StringBuilder(logical.replace('.', '_'));
        for (int i = 1; i < out.length() - 1; i++) {
            if (Character.isLowerCase(out.charAt(i - 1))
                    && Character.isUpperCase(out.charAt(i))
                    && Character.isLowerCase(out.charAt(i + 1))) {
                out.insert(i++, '_');
            }
        }
        return quoted ? out.toString() : out.toString().toLowerCase(Locale.ROOT);
    }
}
