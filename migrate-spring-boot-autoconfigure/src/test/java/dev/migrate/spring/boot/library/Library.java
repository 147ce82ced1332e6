package dev.migrate.spring.boot.library;

import java.util.List;

/**
 * What the tests expect of the revisions in {@code db/library}.
 */
public final class Library {

    public static final String LOCATION = "classpath:db/library";

    public static final String BASE = "1a2b3c4d5e6f";

    public static final String HEAD = "2b3c4d5e6f7a";

    public static final List<String> REVISIONS = List.of(BASE, HEAD);

    private Library() {}
}
