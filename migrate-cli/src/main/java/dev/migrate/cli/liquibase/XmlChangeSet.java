package dev.migrate.cli.liquibase;

import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * One XML {@code changeSet}: its standard change types written as SQL (the same text on every
 * database, types as the changelog names them), its {@code rollback} block or, where the changelog
 * gives none, the inverse Liquibase derives itself where one statement serves every database (drop
 * what createTable, addColumn and createSequence made, in reverse order; an index or constraint's
 * drop differs between databases, so such a changeset needs its rollback block). A change
 * type without a translation is kept as a comment with a WARNING, never dropped.
 */
final class XmlChangeSet {

    private XmlChangeSet() {
    }

    static ChangeSet read(Element changeSet, String file, XmlChangelog.SiblingReader files) {
        List<String> upgrade = new ArrayList<>();
        List<String> inverse = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String rollback = null;
        String comment = null;
        boolean reversible = true;
        for (String attribute : List.of("context", "contextFilter", "labels")) {
            if (!changeSet.getAttribute(attribute).isBlank()) {
                notes.add(attribute.replace("contextFilter", "context") + " " + changeSet.getAttribute(attribute));
            }
        }
        for (Element change : XmlChangelog.children(changeSet)) {
            String type = XmlChangelog.name(change);
            switch (type) {
                case "comment" -> comment = change.getTextContent().strip();
                case "preConditions" -> notes.add("preconditions (" + String.join(", ", XmlChangelog.children(change)
                        .stream().map(XmlChangelog::name).toList()) + ") are not checked by migrate");
                case "rollback" -> rollback = rollback(change, file, files);
                default -> {
                    ChangeSql sql = ChangeSql.of(change, file, files);
                    upgrade.add(sql.upgrade());
                    if (sql.inverse() == null) {
                        reversible = false;
                    } else {
                        inverse.add(0, sql.inverse());
                    }
                    if (sql.warning() != null) {
                        notes.add("WARNING " + sql.warning());
                    }
                }
            }
        }
        String downgrade = rollback != null ? rollback : reversible ? String.join("\n", inverse) : "";
        return new ChangeSet(changeSet.getAttribute("id"), changeSet.getAttribute("author"), file, comment,
                String.join("\n", upgrade), downgrade, notes);
    }

    private static String rollback(Element rollback, String file, XmlChangelog.SiblingReader files) {
        List<Element> changes = XmlChangelog.children(rollback);
        if (changes.isEmpty()) {
            return rollback.getTextContent().strip();
        }
        List<String> sql = new ArrayList<>();
        for (Element change : changes) {
            sql.add(ChangeSql.of(change, file, files).upgrade());
        }
        return String.join("\n", sql);
    }
}
