package dev.migrate.cli.liquibase;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * One XML {@code changeSet}: its standard change types written as SQL (the same text on every
 * database, types as the changelog names them, but for an index's drop), its {@code rollback} block
 * or, where the changelog gives none, the inverse Liquibase derives itself (see {@link ChangeSql}),
 * in reverse order; where a change has none, the downgrade is a comment naming the change types
 * that have none. A change type without a translation is kept as a comment with a WARNING, never
 * dropped, and listed in {@link ChangeSet#unknown()}.
 */
final class XmlChangeSet {

    private XmlChangeSet() {}

    static ChangeSet read(Element changeSet, String file, XmlChangelog.SiblingReader files, String dialect) {
        List<String> upgrade = new ArrayList<>();
        List<String> inverse = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String rollback = null;
        String comment = null;
        List<String> irreversible = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String attribute : List.of("context", "contextFilter", "labels")) {
            if (!changeSet.getAttribute(attribute).isBlank()) {
                notes.add(attribute.replace("contextFilter", "context") + " " + changeSet.getAttribute(attribute));
            }
        }
        for (Element change : XmlChangelog.children(changeSet)) {
            String type = XmlChangelog.name(change);
            switch (type) {
                case "comment" -> comment = change.getTextContent().strip();
                case "preConditions" ->
                    notes.add("preconditions ("
                            + String.join(
                                    ", ",
                                    XmlChangelog.children(change).stream()
                                            .map(XmlChangelog::name)
                                            .toList()) + ") are not checked by migrate");
                case "rollback" -> rollback = rollback(change, file, files, dialect);
                default -> {
                    ChangeSql sql = ChangeSql.of(change, file, files, dialect);
                    upgrade.add(sql.upgrade());
                    if (sql.inverse() == null) {
                        irreversible.add("<" + type + ">");
                    } else if (!sql.inverse().isBlank()) {
                        inverse.add(0, sql.inverse());
                    }
                    if (sql.warning() != null) {
                        notes.add("WARNING " + sql.warning());
                        unknown.add("<" + type + ">");
                    }
                }
            }
        }
        String downgrade;
        if (rollback != null) {
            downgrade = rollback;
        } else if (!irreversible.isEmpty()) {
            downgrade = "-- The changeset has no <rollback>, and Liquibase derives none for "
                    + String.join(", ", irreversible.stream().distinct().toList())
                    + ", so the downgrade is empty.\n";
        } else if (inverse.isEmpty()) {
            downgrade = "-- Nothing to undo: the changeset changes no schema.\n";
        } else {
            downgrade = String.join("\n", inverse);
        }
        return new ChangeSet(
                changeSet.getAttribute("id"),
                changeSet.getAttribute("author"),
                file,
                comment,
                String.join("\n", upgrade),
                downgrade,
                notes,
                List.copyOf(unknown));
    }

    private static String rollback(Element rollback, String file, XmlChangelog.SiblingReader files, String dialect) {
        List<Element> changes = XmlChangelog.children(rollback);
        if (changes.isEmpty()) {
            return rollback.getTextContent().strip();
        }
        List<String> sql = new ArrayList<>();
        for (Element change : changes) {
            sql.add(ChangeSql.of(change, file, files, dialect).upgrade());
        }
        return String.join("\n", sql);
    }
}
