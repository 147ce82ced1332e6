package dev.migrate.autogenerate;

/** How a generated revision is written: Java (the default) or SQL for one dialect ({@code --format sql}). */
public enum RevisionFormat {
    JAVA("java"), SQL("sql");

    private final String extension;

    RevisionFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
