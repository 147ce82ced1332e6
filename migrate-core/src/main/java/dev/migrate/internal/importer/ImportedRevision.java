package dev.migrate.internal.importer;

/**
 * One revision an import writes: a SQL revision file of migrate's format, whose id comes from the
 * old tool's version or changeset so that importing again writes the same file.
 *
 * @param id       the revision id
 * @param fileName the file's name in the version folder
 * @param text     the whole file
 */
public record ImportedRevision(String id, String fileName, String text) {}
