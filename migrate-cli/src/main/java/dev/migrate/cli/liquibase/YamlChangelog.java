package dev.migrate.cli.liquibase;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a YAML or JSON changelog (JSON is read as the YAML it also is) into the element tree an XML
 * changelog has, so that one translation serves the three: a change's scalar values become
 * attributes, a list of {@code {column: …}} maps child elements, a nested map ({@code constraints})
 * a child element, and the {@code sql} of a {@code sql} change its text.
 */
final class YamlChangelog {

    private YamlChangelog() {}

    static Element read(String file, String text) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT, "Changelog " + file + " is not valid YAML/JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("databaseChangeLog") instanceof List<?> entries)) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT, "Changelog " + file + " has no databaseChangeLog list at its top.");
        }
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element changelog = document.createElement("databaseChangeLog");
        document.appendChild(changelog);
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> item) {
                item.forEach((name, value) -> changelog.appendChild(element(document, String.valueOf(name), value)));
            }
        }
        return changelog;
    }

    private static Element element(Document document, String name, Object value) {
        Element element = document.createElement(name);
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> add(document, element, name, String.valueOf(key), child));
        } else if (value instanceof List<?> list) {
            addList(document, element, list);
        } else if (value != null) {
            element.setTextContent(String.valueOf(value));
        }
        return element;
    }

    private static void add(Document document, Element parent, String parentName, String key, Object value) {
        if (value instanceof List<?> list) {
            // changes:, columns:, rollback: lists hold {type: …} maps that are the parent's children
            addList(
                    document,
                    key.equals("changes") || key.equals("columns")
                            ? parent
                            : (Element) parent.appendChild(document.createElement(key)),
                    list);
        } else if (value instanceof Map<?, ?>) {
            parent.appendChild(element(document, key, value));
        } else if (key.equals("sql") && parentName.equals("sql")) {
            parent.setTextContent(String.valueOf(value));
        } else if (key.equals("comment") || (key.equals("rollback") && parentName.equals("changeSet"))) {
            Element child = document.createElement(key);
            child.setTextContent(String.valueOf(value));
            parent.appendChild(child);
        } else if (value != null) {
            parent.setAttribute(key, String.valueOf(value));
        }
    }

    private static void addList(Document document, Element parent, List<?> list) {
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                map.forEach((type, body) -> parent.appendChild(element(document, String.valueOf(type), body)));
            }
        }
    }
}
