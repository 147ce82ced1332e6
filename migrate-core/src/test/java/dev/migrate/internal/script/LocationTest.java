package dev.migrate.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.BadInputException;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void readsClasspathLocations() {
        assertThat(Location.parse("classpath:db/migrations"))
                .isEqualTo(new Location(Location.Kind.CLASSPATH, "db/migrations"));
        assertThat(Location.parse("classpath:/db/migrations/"))
                .isEqualTo(new Location(Location.Kind.CLASSPATH, "db/migrations"));
        assertThat(Location.parse(" CLASSPATH:db ")).isEqualTo(new Location(Location.Kind.CLASSPATH, "db"));
        assertThat(Location.parse("classpath:db/migrations").packageName()).isEqualTo("db.migrations");
        assertThat(Location.parse("classpath:db/migrations")).hasToString("classpath:db/migrations");
    }

    @Test
    void readsAPathWithoutPrefixAsAClasspathLocation() {
        assertThat(Location.parse("db/migrations")).isEqualTo(new Location(Location.Kind.CLASSPATH, "db/migrations"));
    }

    @Test
    void readsFilesystemLocations() {
        assertThat(Location.parse("filesystem:/opt/app/sql"))
                .isEqualTo(new Location(Location.Kind.FILESYSTEM, "/opt/app/sql"));
        assertThat(Location.parse("filesystem:sql")).isEqualTo(new Location(Location.Kind.FILESYSTEM, "sql"));
        assertThat(Location.parse("filesystem:sql")).hasToString("filesystem:sql");
    }

    @Test
    void rejectsAnUnknownPrefixNamingTheValue() {
        assertThatThrownBy(() -> Location.parse("clspath:db/migrations"))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "Location 'clspath:db/migrations' has the unknown prefix 'clspath:'. Use classpath:<path> or"
                                + " filesystem:<path> (a path without prefix is on the class path) and fix the 'locations' setting");
        assertThatThrownBy(() -> Location.parse("file:/opt/sql"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Location 'file:/opt/sql' has the unknown prefix 'file:'.");
    }

    @Test
    void rejectsEmptyValuesAndPaths() {
        assertThatThrownBy(() -> Location.parse(" "))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("An entry of the 'locations' setting is empty.");
        assertThatThrownBy(() -> Location.parse("classpath:/"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Location 'classpath:/' has no path.");
        assertThatThrownBy(() -> Location.parse("filesystem:"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Location 'filesystem:' has no path.");
    }
}
