package dev.migrate.internal.lint;

import dev.migrate.internal.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the risky shapes of DDL in one SQL statement, per dialect. A small recogniser, not a
 * parser: it reads {@code ALTER TABLE} actions, {@code CREATE INDEX}, {@code DROP TABLE} and
 * {@code RENAME}, which is where the locks and breaking changes are; anything else is left alone.
 */
final class StatementRecogniser {

    /**
     * A rule a statement breaks, on which table; {@code column} names the column a drop or rename
     * removes (the old name), else {@code null}.
     */
    record Hit(LintRule rule, String table, String column) {

        Hit(LintRule rule, String table) {
            this(rule, table, null);
        }
    }

    private static final String NAME = "(?:\"[^\"]+\"|`[^`]+`|[\\w$]+)";
    private static final String IDENT = NAME + "(?:\\." + NAME + ")?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern ALTER_TABLE =
            Pattern.compile("ALTER TABLE (?:ONLY )?(?:IF EXISTS )?(" + IDENT + ") (.*)", FLAGS);
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP |UNLOGGED |CACHED |MEMORY ))?TABLE (?:IF NOT EXISTS )?("
                    + IDENT + ").*",
            FLAGS);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE (?:UNIQUE )?(?:SPATIAL |FULLTEXT )?INDEX" + " (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:" + IDENT
                    + " )?ON (?:ONLY )?(" + IDENT + ").*",
            FLAGS);
    private static final Pattern DROP_INDEX_CONCURRENTLY = Pattern.compile("DROP INDEX CONCURRENTLY .*", FLAGS);
    private static final Pattern DROP_TABLE = Pattern.compile(
            "DROP TABLE (?:IF EXISTS )?(" + IDENT + "(?: ?, ?" + IDENT + ")*)(?: CASCADE| RESTRICT)?", FLAGS);
    private static final Pattern RENAME_TABLE = Pattern.compile("RENAME TABLE (" + IDENT + ") TO .*", FLAGS);

    private static final Pattern NOT_NULL_CHECK = Pattern.compile(
            "ALTER TABLE (?:ONLY )?(" + IDENT + ") ADD CONSTRAINT (" + NAME + ") CHECK \\( ?(" + NAME
                    + ") IS NOT NULL ?\\) NOT VALID",
            FLAGS);
    private static final Pattern VALIDATE_CONSTRAINT =
            Pattern.compile("ALTER TABLE (?:ONLY )?(" + IDENT + ") VALIDATE CONSTRAINT (" + NAME + ")", FLAGS);
    private static final Pattern ADD_CONSTRAINT =
            Pattern.compile("ADD (?:CONSTRAINT " + NAME + " )?(FOREIGN KEY|CHECK|PRIMARY KEY|UNIQUE)\\b.*", FLAGS);
    private static final Pattern ADD_INDEX =
            Pattern.compile("ADD (?:UNIQUE |FULLTEXT |SPATIAL )?(?:INDEX|KEY)\\b.*", FLAGS);
    private static final Pattern ADD_COLUMN =
            Pattern.compile("ADD (?:COLUMN )?(?:IF NOT EXISTS )?(" + NAME + ") (.*)", FLAGS);
    private static final Pattern ALTER_COLUMN_TYPE =
            Pattern.compile("ALTER (?:COLUMN )?(" + NAME + ") (?:SET DATA )?TYPE .*", FLAGS);
    private static final Pattern ALTER_COLUMN_SET_NOT_NULL =
            Pattern.compile("ALTER (?:COLUMN )?(" + NAME + ") SET NOT NULL.*", FLAGS);
    private static final Pattern MODIFY = Pattern.compile("MODIFY (?:COLUMN )?(" + NAME + ") (.*)", FLAGS);
    private static final Pattern CHANGE =
            Pattern.compile("CHANGE (?:COLUMN )?(" + NAME + ") (" + NAME + ") (.*)", FLAGS);
    private static final Pattern RENAME_COLUMN = Pattern.compile("RENAME (?:COLUMN )?(" + NAME + ") TO .*", FLAGS);
    private static final Pattern ALTER_COLUMN_RENAME =
            Pattern.compile("ALTER (?:COLUMN )?(" + NAME + ") RENAME TO .*", FLAGS);
    private static final Pattern RENAME_TO = Pattern.compile("RENAME (?:TO|AS) .*", FLAGS);
    private static final Pattern DROP_COLUMN =
            Pattern.compile("DROP (?:COLUMN )?(?:IF EXISTS )?(" + NAME + ").*", FLAGS);
    private static final Pattern NOT_A_COLUMN =
            Pattern.compile("DROP (?:CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK|DEFAULT|PARTITION)\\b.*", FLAGS);
    /** Functions whose default PostgreSQL must compute per row, so the column cannot be added from the catalog. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(?:random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|nextval|txid_current)\\s*\\(",
            FLAGS);

    private static final Pattern SERIAL_OR_STORED =
            Pattern.compile("^(?:small|big)?serial\\b|\\bGENERATED ALWAYS AS\\b.*\\bSTORED\\b", FLAGS);

    private final Dialect dialect;

    StatementRecogniser(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The table a statement creates, or {@code null}: risks on a table created in the same revision do not count. */
    String createdTable(String statement) {
        Matcher matcher = CREATE_TABLE.matcher(normalise(statement));
        return matcher.matches() ? unquote(matcher.group(1)) : null;
    }

    /** A {@code CHECK (column IS NOT NULL)} constraint of a table. */
    record NotNullCheck(String table, String constraint, String column) {}

    /**
     * For {@code ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID}, the check; else {@code null}.
     * Once validated, it lets PostgreSQL 12+ SET NOT NULL without scanning.
     */
    NotNullCheck notNullCheck(String statement) {
        Matcher matcher = NOT_NULL_CHECK.matcher(normalise(statement));
        return matcher.matches()
                ? new NotNullCheck(unquote(matcher.group(1)), unquote(matcher.group(2)), unquote(matcher.group(3)))
                : null;
    }

    /** For {@code ALTER TABLE t VALIDATE CONSTRAINT c}: {@code t.c}; else {@code null}. */
    String validatedConstraint(String statement) {
        Matcher matcher = VALIDATE_CONSTRAINT.matcher(normalise(statement));
        return matcher.matches() ? unquote(matcher.group(1)) + "." + unquote(matcher.group(2)) : null;
    }

    List<Hit> hits(String statement, boolean transactional) {
        String sql = normalise(statement);
        List<Hit> hits = new ArrayList<>();
        Matcher matcher;
        if ((matcher = ALTER_TABLE.matcher(sql)).matches()) {
            String table = unquote(matcher.group(1));
            for (String action : topLevelParts(matcher.group(2))) {
                alterAction(table, action.strip(), hits);
            }
        } else if ((matcher = CREATE_INDEX.matcher(sql)).matches()) {
            boolean concurrently = matcher.group(1) != null;
            String table = unquote(matcher.group(2));
            if (concurrently && transactional) {
                hits.add(new Hit(LintRule.CONCURRENT_IN_TRANSACTION, table));
            } else if (!concurrently && !dialect.buildsIndexesOnline()) {
                hits.add(new Hit(LintRule.INDEX_NOT_CONCURRENT, table));
            }
        } else if (DROP_INDEX_CONCURRENTLY.matcher(sql).matches() && transactional) {
            hits.add(new Hit(LintRule.CONCURRENT_IN_TRANSACTION, null));
        } else if ((matcher = DROP_TABLE.matcher(sql)).matches()) {
            for (String table : matcher.group(1).split(",")) {
                hits.add(new Hit(LintRule.DROP_TABLE, unquote(table.strip())));
            }
        } else if ((matcher = RENAME_TABLE.matcher(sql)).matches()) {
            hits.add(new Hit(LintRule.RENAME_TABLE, unquote(matcher.group(1))));
        }
        return hits;
    }

    private void alterAction(String table, String action, List<Hit> hits) {
        Matcher matcher;
        if ((matcher = ADD_CONSTRAINT.matcher(action)).matches()) {
            String kind = matcher.group(1).toUpperCase(Locale.ROOT);
            boolean notValid = action.toUpperCase(Locale.ROOT).contains("NOT VALID");
            boolean usingIndex = action.toUpperCase(Locale.ROOT).contains("USING INDEX");
            if (kind.equals("FOREIGN KEY") && !(dialect.addsConstraintsNotValid() && notValid)) {
                hits.add(new Hit(LintRule.FOREIGN_KEY_NOT_VALID, table));
            } else if (kind.equals("CHECK") && !(dialect.addsConstraintsNotValid() && notValid)) {
                hits.add(new Hit(LintRule.CHECK_NOT_VALID, table));
            } else if ((kind.equals("PRIMARY KEY") || kind.equals("UNIQUE"))
                    && !dialect.buildsIndexesOnline()
                    && !usingIndex) {
                hits.add(new Hit(LintRule.ADD_UNIQUE_OR_PRIMARY_KEY, table));
            }
        } else if (ADD_INDEX.matcher(action).matches()) {
            return;
        } else if ((matcher = ADD_COLUMN.matcher(action)).matches()) {
            String definition = matcher.group(2);
            if (dialect.rewritesTableForVolatileDefault()
                    && (VOLATILE.matcher(definition).find()
                            || SERIAL_OR_STORED.matcher(definition).find())) {
                hits.add(new Hit(LintRule.ADD_COLUMN_VOLATILE_DEFAULT, table));
            }
        } else if ((matcher = ALTER_COLUMN_RENAME.matcher(action)).matches()) {
            hits.add(new Hit(LintRule.RENAME_COLUMN, table, unquote(matcher.group(1))));
        } else if ((matcher = ALTER_COLUMN_SET_NOT_NULL.matcher(action)).matches()) {
            hits.add(new Hit(LintRule.SET_NOT_NULL, table, unquote(matcher.group(1))));
        } else if (ALTER_COLUMN_TYPE.matcher(action).matches()) {
            hits.add(new Hit(LintRule.CHANGE_COLUMN_TYPE, table));
        } else if ((matcher = MODIFY.matcher(action)).matches()) {
            hits.add(new Hit(notNull(matcher.group(2)) ? LintRule.SET_NOT_NULL : LintRule.CHANGE_COLUMN_TYPE, table));
        } else if ((matcher = CHANGE.matcher(action)).matches()) {
            if (!unquote(matcher.group(1)).equalsIgnoreCase(unquote(matcher.group(2)))) {
                hits.add(new Hit(LintRule.RENAME_COLUMN, table, unquote(matcher.group(1))));
            }
            hits.add(new Hit(notNull(matcher.group(3)) ? LintRule.SET_NOT_NULL : LintRule.CHANGE_COLUMN_TYPE, table));
        } else if (RENAME_TO.matcher(action).matches()) {
            hits.add(new Hit(LintRule.RENAME_TABLE, table));
        } else if ((matcher = RENAME_COLUMN.matcher(action)).matches()) {
            hits.add(new Hit(LintRule.RENAME_COLUMN, table, unquote(matcher.group(1))));
        } else if (!NOT_A_COLUMN.matcher(action).matches() && (matcher = DROP_COLUMN.matcher(action)).matches()) {
            hits.add(new Hit(LintRule.DROP_COLUMN, table, unquote(matcher.group(1))));
        }
    }

    private static boolean notNull(String definition) {
        return Pattern.compile("(?<!IS )\\bNOT NULL\\b", FLAGS)
                .matcher(definition)
                .find();
    }

    /** Comment lines dropped, whitespace collapsed, the trailing delimiter gone. */
    static String normalise(String statement) {
        StringBuilder kept = new StringBuilder();
        for (String line : statement.split("\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("--")) {
                kept.append(stripped).append(' ');
            }
        }
        String sql = kept.toString().replaceAll("\\s+", " ").strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        return sql;
    }

    /** The comma-separated actions of an ALTER TABLE, not splitting inside parentheses or quotes. */
    private static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** The last part of a possibly qualified, possibly quoted name. */
    static String unquote(String ident) {
        String last = ident.contains(".") && !ident.startsWith("\"") && !ident.startsWith("`")
                ? ident.substring(ident.lastIndexOf('.') + 1)
                : ident;
        if (last.contains("\".\"") || last.contains("`.`")) {
            last = last.substring(last.lastIndexOf('.') + 1);
        }
        if (last.length() > 1 && (last.startsWith("\"") || last.startsWith("`"))) {
            return last.substring(1, last.length() - 1);
        }
        return last.toLowerCase(Locale.ROOT);
    }
}
