package dev.migrate.internal.script.sql;

/**
 * One statement of a SQL script, as the database receives it.
 *
 * @param sql  the statement without its trailing delimiter, without the comments before it
 * @param line the line of the script on which the statement starts, counted from 1
 */
public record SqlStatement(String sql, int line) {}
