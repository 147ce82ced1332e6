package dev.migrate.cli.liquibase;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads Liquibase changelogs from a search path, following {@code include} and {@code includeAll}
 * (sorted by name, as Liquibase does) into XML, YAML, JSON and formatted-SQL changelogs, in the order Liquibase
 * runs their changesets. Files are named as Liquibase records them in {@code DATABASECHANGELOG}:
 * relative to the search path. Collects the changelog properties ({@code <property name value>},
 * YAML/JSON {@code property}, formatted SQL's {@code --property name:… value:…}); as in Liquibase,
 * the first definition of a name wins.
 */
final class XmlChangelog {

    private static final java.util.regex.Pattern SQL_PROPERTY = java.util.regex.Pattern.compile(
            "--\\s*property\\s+name:(\\S+)\\s+value:(\\S+).*", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Path searchPath;
    private final String dialect;
    private final List<ChangeSet> changeSets = new ArrayList<>();
    private final java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();

    private XmlChangelog(Path searchPath, String dialect) {
        this.searchPath = searchPath;
        this.dialect = dialect;
    }

    /** The changesets in the order Liquibase runs them, and the properties the changelogs define. */
    record Read(List<ChangeSet> changeSets, java.util.Map<String, String> properties) {}

    /**
     * @param dialect the dialect the import targets, or {@code null} when none is known (see
     *                {@link ChangeSql#of})
     */
    static Read read(Path searchPath, String changelog, String dialect) {
        XmlChangelog reader = new XmlChangelog(searchPath, dialect);
        reader.readFile(changelog);
        return new Read(reader.changeSets, reader.properties);
    }

    private void readFile(String file) {
        Path path = searchPath.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE,
                    "Changelog " + file + " not found under " + searchPath + " (the search path; "
                            + "pass --search-path for another one).");
        }
        String text = readText(path);
        if (file.endsWith(".sql")) {
            text.lines()
                    .map(String::strip)
                    .map(SQL_PROPERTY::matcher)
                    .filter(java.util.regex.Matcher::matches)
                    .forEach(m -> properties.putIfAbsent(m.group(1), m.group(2)));
            changeSets.addAll(FormattedSqlChangelog.read(file, text));
        } else if (file.endsWith(".xml")) {
            readElements(file, parseXml(file, path));
        } else if (file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json")) {
            readElements(file, YamlChangelog.read(file, text));
        } else {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT, "Changelog " + file + " is neither XML, YAML, JSON nor formatted SQL.");
        }
    }

    private static Element parseXml(String file, Path path) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(path.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT, "Changelog " + file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private void readElements(String file, Element root) {
        for (Element child : children(root)) {
            switch (name(child)) {
                case "include" ->
                    readFile(relative(file, child.getAttribute("file"), child.getAttribute("relativeToChangelogFile")));
                case "includeAll" ->
                    includeAll(
                            relative(file, child.getAttribute("path"), child.getAttribute("relativeToChangelogFile")));
                case "changeSet" -> changeSets.add(XmlChangeSet.read(child, file, this::readSibling, dialect));
                case "property" -> {
                    String value = child.hasAttribute("value")
                            ? child.getAttribute("value")
                            : child.getTextContent().strip();
                    if (!child.getAttribute("name").isBlank()) {
                        properties.putIfAbsent(child.getAttribute("name"), value);
                    }
                }
                default -> {
                    // preConditions of the whole log: nothing to carry
                }
            }
        }
    }

    private void includeAll(String folder) {
        Path path = searchPath.resolve(folder);
        try (Stream<Path> files = Files.list(path)) {
            for (Path found : files.filter(f -> f.toString().matches(".*\\.(xml|sql|yaml|yml|json)"))
                    .sorted()
                    .toList()) {
                readFile(searchPath.relativize(found).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new BadInputException(
                    ErrorKind.BAD_USAGE, "includeAll " + folder + " is no folder under " + searchPath, e);
        }
    }

    /** A file named by a changeset (sqlFile, loadData), relative to its changelog or to the search path. */
    private String readSibling(String changelog, String file, boolean relative) {
        return readText(searchPath.resolve(relative(changelog, file, String.valueOf(relative))));
    }

    private static String relative(String changelog, String file, String relativeToChangelog) {
        if (!"true".equalsIgnoreCase(relativeToChangelog)) {
            return file.replaceFirst("^classpath:", "").replaceFirst("^/+", "");
        }
        int slash = changelog.lastIndexOf('/');
        String folder = slash < 0 ? "" : changelog.substring(0, slash + 1);
        return Path.of(folder + file).normalize().toString().replace('\\', '/');
    }

    private static String readText(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** Reads a file a changeset names: its changelog, the name, whether relative to the changelog. */
    @FunctionalInterface
    interface SiblingReader {
        String read(String changelog, String file, boolean relativeToChangelog);
    }
}
