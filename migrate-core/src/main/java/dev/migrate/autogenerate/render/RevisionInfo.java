package dev.migrate.autogenerate.render;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a new revision file says about itself.
 *
 * @param id          the new revision's id
 * @param down        its parents (the current heads)
 * @param message     the one-line message
 * @param javaPackage the package of a Java revision
 * @param className   the class name of a Java revision
 * @param created     when it was generated
 */
public record RevisionInfo(String id, List<String> down, String message, String javaPackage, String className,
                           LocalDateTime created) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        down = List.copyOf(down);
        message = message == null ? "" : message;
        created = created == null ? LocalDateTime.now() : created;
    }
}
