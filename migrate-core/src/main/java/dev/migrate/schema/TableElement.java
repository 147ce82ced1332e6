package dev.migrate.schema;

/** Something that can be listed in a table definition: a column, a key or a constraint. */
public sealed interface TableElement permits Column, PrimaryKeyColumn, Constraint, Index {}
