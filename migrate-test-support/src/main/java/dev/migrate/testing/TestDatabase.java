package dev.migrate.testing;

/** The real databases every database behaviour is tested on. */
public enum TestDatabase {
    POSTGRES("postgresql"),
    MARIADB("mariadb"),
    H2("h2");

    private final String dialectName;

    TestDatabase(String dialectName) {
        this.dialectName = dialectName;
    }

    /** The name of the migrate dialect for this database. */
    public String dialectName() {
        return dialectName;
    }
}
