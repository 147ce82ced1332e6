/**
 * Public API: the schema model that {@link dev.migrate.ops.Operations} takes (tables, columns and
 * their types, keys, indexes, constraints, sequences) and the factories a revision builds it with.
 */
@NullMarked
package dev.migrate.schema;

import org.jspecify.annotations.NullMarked;
