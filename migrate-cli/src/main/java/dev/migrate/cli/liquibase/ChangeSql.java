package dev.migrate.cli.liquibase;

import dev.migrate.internal.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The SQL of one Liquibase change and its automatic inverse ({@code null} where Liquibase has none:
 * Liquibase derives a rollback only for the change types that say what they made, such as
 * createTable, addColumn, createIndex, addForeignKeyConstraint, addUniqueConstraint, createSequence,
 * createView, renameTable and renameColumn; never for sql, sqlFile, loadData or a drop). The
 * statements keep to what PostgreSQL, MariaDB and H2 all accept, except dropping an index, whose
 * spelling on MariaDB ({@code DROP INDEX name ON table}) no other of the three accepts: it is
 * written for the dialect the import targets.
 *
 * @param upgrade the statements, each ending with {@code ;}
 * @param inverse the inverse statements, or {@code null}
 * @param warning what was not translated, or {@code null}
 */
record ChangeSql(String upgrade, String inverse, String warning) {

    /** The tag of a change type without a translation; {@link #warning()} then says so. */
    static final String UNTRANSLATED = "change type <%s> was not translated";

    /**
     * @param dialect the dialect the import targets ({@code mariadb}, {@code postgresql}, {@code h2}),
     *                or {@code null} when none is known: an index's drop is then written for
     *                PostgreSQL and H2, with MariaDB's spelling as a comment beside it
     */
    static ChangeSql of(Element change, String file, XmlChangelog.SiblingReader files, String dialect) {
        String type = XmlChangelog.name(change);
        return switch (type) {
            case "sql" -> new ChangeSql(statement(change.getTextContent().strip()), null, null);
            case "sqlFile" ->
                new ChangeSql(
                        statement(files.read(
                                        file,
                                        change.getAttribute("path"),
                                        "true".equals(change.getAttribute("relativeToChangelogFile")))
                                .strip()),
                        null,
                        null);
            case "createTable" -> createTable(change);
            case "addColumn" -> addColumn(change);
            case "createIndex" ->
                new ChangeSql(
                        "CREATE " + ("true".equals(change.getAttribute("unique")) ? "UNIQUE " : "") + "INDEX "
                                + a(change, "indexName") + " ON " + a(change, "tableName") + " ("
                                + String.join(", ", columnNames(change)) + ");",
                        dropIndex(change, dialect),
                        null);
            case "addForeignKeyConstraint" ->
                new ChangeSql(
                        "ALTER TABLE " + a(change, "baseTableName")
                                + " ADD CONSTRAINT " + a(change, "constraintName") + " FOREIGN KEY ("
                                + a(change, "baseColumnNames")
                                + ") REFERENCES " + a(change, "referencedTableName") + " ("
                                + a(change, "referencedColumnNames")
                                + ")"
                                + (change.getAttribute("onDelete").isBlank()
                                        ? ""
                                        : " ON DELETE " + a(change, "onDelete"))
                                + ";",
                        dropForeignKey(change, dialect),
                        null);
            case "addUniqueConstraint" ->
                new ChangeSql(
                        "ALTER TABLE " + a(change, "tableName") + " ADD CONSTRAINT " + a(change, "constraintName")
                                + " UNIQUE (" + a(change, "columnNames") + ");",
                        dropConstraint(a(change, "tableName"), change),
                        null);
            case "renameTable" ->
                new ChangeSql(
                        renameTable(a(change, "oldTableName"), a(change, "newTableName")),
                        renameTable(a(change, "newTableName"), a(change, "oldTableName")),
                        null);
            case "renameColumn" ->
                new ChangeSql(
                        renameColumn(a(change, "tableName"), a(change, "oldColumnName"), a(change, "newColumnName")),
                        renameColumn(a(change, "tableName"), a(change, "newColumnName"), a(change, "oldColumnName")),
                        null);
            case "createView" ->
                new ChangeSql(
                        "CREATE VIEW " + a(change, "viewName") + " AS\n"
                                + statement((change.hasAttribute("selectQuery")
                                                ? a(change, "selectQuery")
                                                : change.getTextContent())
                                        .strip()),
                        "DROP VIEW " + a(change, "viewName") + ";",
                        null);
            // only DATABASECHANGELOG's TAG column changes; migrate's revisions are their own tags
            case "tagDatabase" ->
                new ChangeSql(
                        "-- Liquibase tagDatabase " + a(change, "tag") + ": nothing to run "
                                + "(use the revision id, or a branch label, where Liquibase used the tag).",
                        "",
                        null);
            case "createSequence" ->
                new ChangeSql(
                        "CREATE SEQUENCE " + a(change, "sequenceName")
                                + (change.getAttribute("startValue").isBlank()
                                        ? ""
                                        : " START WITH " + a(change, "startValue"))
                                + (change.getAttribute("incrementBy").isBlank()
                                        ? ""
                                        : " INCREMENT BY " + a(change, "incrementBy"))
                                + ";",
                        "DROP SEQUENCE " + a(change, "sequenceName") + ";",
                        null);
            case "loadData" -> loadData(change, file, files);
            case "dropTable" -> new ChangeSql("DROP TABLE " + a(change, "tableName") + ";", null, null);
            default ->
                new ChangeSql(
                        "-- WARNING: TODO: the Liquibase change type <" + type + "> has no translation: "
                                + "write its SQL here.\n" + xmlComment(change),
                        null,
                        UNTRANSLATED.formatted(type) + "; its "
                                + "revision holds a TODO comment instead: write its SQL there");
        };
    }

    private static String dropIndex(Element change, String dialect) {
        String mariadb = "DROP INDEX " + a(change, "indexName") + " ON " + a(change, "tableName") + ";";
        if (Dialect.byName(dialect).map(Dialect::dropIndexNamesTable).orElse(false)) {
            return mariadb;
        }
        String portable = "DROP INDEX " + a(change, "indexName") + ";";
        return dialect == null ? portable + " -- on MariaDB/MySQL instead: " + mariadb : portable;
    }

    /**
     * MariaDB creates an index named after a foreign key whose columns no index covers, and keeps it
     * when the key is dropped; the earlier schema has no such index, so it is dropped too there.
     */
    private static String dropForeignKey(Element change, String dialect) {
        String table = a(change, "baseTableName");
        String drop = dropConstraint(table, change);
        String index = "DROP INDEX IF EXISTS " + a(change, "constraintName") + " ON " + table + ";";
        if (Dialect.byName(dialect).map(Dialect::indexesForeignKeys).orElse(false)) {
            return drop + "\n" + index;
        }
        return dialect == null ? drop + " -- on MariaDB/MySQL also: " + index : drop;
    }

    /** MariaDB 10.3+ drops a foreign key or unique constraint by this spelling too. */
    private static String dropConstraint(String table, Element change) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + a(change, "constraintName") + ";";
    }

    private static String renameTable(String from, String to) {
        return "ALTER TABLE " + from + " RENAME TO " + to + ";";
    }

    private static String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + table + " RENAME COLUMN " + from + " TO " + to + ";";
    }

    private static ChangeSql createTable(Element change) {
        String table = a(change, "tableName");
        List<String> lines = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        for (Element column : columns(change)) {
            lines.add(columnDefinition(column));
            Element constraints = constraints(column);
            if (constraints != null && "true".equals(constraints.getAttribute("primaryKey"))) {
                primaryKey.add(a(column, "name"));
            }
        }
        if (!primaryKey.isEmpty()) {
            lines.add("PRIMARY KEY (" + String.join(", ", primaryKey) + ")");
        }
        return new ChangeSql(
                "CREATE TABLE " + table + " (\n    " + String.join(",\n    ", lines) + "\n);",
                "DROP TABLE " + table + ";",
                null);
    }

    private static ChangeSql addColumn(Element change) {
        String table = a(change, "tableName");
        List<String> add = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (Element column : columns(change)) {
            add.add("ALTER TABLE " + table + " ADD " + columnDefinition(column) + ";");
            drop.add(0, "ALTER TABLE " + table + " DROP COLUMN " + a(column, "name") + ";");
        }
        return new ChangeSql(String.join("\n", add), String.join("\n", drop), null);
    }

    private static String columnDefinition(Element column) {
        StringBuilder sql = new StringBuilder(a(column, "name")).append(' ').append(a(column, "type"));
        for (String attribute : List.of("defaultValueNumeric", "defaultValueBoolean", "defaultValueComputed")) {
            if (!column.getAttribute(attribute).isBlank()) {
                sql.append(" DEFAULT ").append(column.getAttribute(attribute));
            }
        }
        if (!column.getAttribute("defaultValue").isBlank()) {
            sql.append(" DEFAULT '")
                    .append(column.getAttribute("defaultValue").replace("'", "''"))
                    .append('\'');
        }
        Element constraints = constraints(column);
        if (constraints != null) {
            if ("false".equals(constraints.getAttribute("nullable"))
                    || "true".equals(constraints.getAttribute("primaryKey"))) {
                sql.append(" NOT NULL");
            }
            if ("true".equals(constraints.getAttribute("unique"))) {
                sql.append(
                        constraints.getAttribute("uniqueConstraintName").isBlank()
                                ? " UNIQUE"
                                : " CONSTRAINT " + constraints.getAttribute("uniqueConstraintName") + " UNIQUE");
            }
        }
        return sql.toString();
    }

    private static ChangeSql loadData(Element change, String file, XmlChangelog.SiblingReader files) {
        String table = a(change, "tableName");
        String separator = change.getAttribute("separator").isBlank() ? "," : change.getAttribute("separator");
        String csv = files.read(file, a(change, "file"), "true".equals(change.getAttribute("relativeToChangelogFile")));
        List<String> lines = csv.replace("\r\n", "\n")
                .lines()
                .filter(line -> !line.isBlank())
                .toList();
        List<String> header = split(lines.get(0), separator);
        List<String> inserts = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = new ArrayList<>();
            for (String value : split(line, separator)) {
                values.add(
                        value.equalsIgnoreCase("NULL")
                                ? "NULL"
                                : value.matches("-?[0-9]+(\\.[0-9]+)?") ? value : "'" + value.replace("'", "''") + "'");
            }
            inserts.add("INSERT INTO " + table + " (" + String.join(", ", header) + ") VALUES ("
                    + String.join(", ", values) + ");");
        }
        return new ChangeSql(String.join("\n", inserts), null, null);
    }

    private static List<String> split(String line, String separator) {
        List<String> values = new ArrayList<>();
        for (String value : line.split(java.util.regex.Pattern.quote(separator), -1)) {
            String stripped = value.strip();
            values.add(
                    stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                            ? stripped.substring(1, stripped.length() - 1).replace("\"\"", "\"")
                            : stripped);
        }
        return values;
    }

    private static List<Element> columns(Element change) {
        return XmlChangelog.children(change).stream()
                .filter(c -> XmlChangelog.name(c).equals("column"))
                .toList();
    }

    private static List<String> columnNames(Element change) {
        return columns(change).stream().map(c -> a(c, "name")).toList();
    }

    private static Element constraints(Element column) {
        return XmlChangelog.children(column).stream()
                .filter(c -> XmlChangelog.name(c).equals("constraints"))
                .findFirst()
                .orElse(null);
    }

    private static String a(Element element, String attribute) {
        return element.getAttribute(attribute);
    }

    /** The element's XML as comment lines, so that nothing of it is lost. */
    private static String xmlComment(Element change) {
        try {
            javax.xml.transform.Transformer transformer =
                    javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            java.io.StringWriter xml = new java.io.StringWriter();
            transformer.transform(
                    new javax.xml.transform.dom.DOMSource(change), new javax.xml.transform.stream.StreamResult(xml));
            return String.join(
                    "\n",
                    xml.toString().strip().lines().map(line -> "-- " + line).toList());
        } catch (javax.xml.transform.TransformerException e) {
            return "-- <" + XmlChangelog.name(change) + "> (" + e.getMessage() + ")";
        }
    }

    private static String statement(String sql) {
        return sql.endsWith(";") ? sql : sql + ";";
    }
}
