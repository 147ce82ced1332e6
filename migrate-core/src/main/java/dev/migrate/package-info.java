/**
 * The public API: the facade {@link dev.migrate.Migrate} and its settings, what a revision is
 * ({@link dev.migrate.Migration}, {@link dev.migrate.Revision}), what a run reports
 * ({@link dev.migrate.MigrationResult}, {@link dev.migrate.AppliedRevision}, the
 * {@link dev.migrate.MigrationListener}), the read-only {@link dev.migrate.Revisions}, and the two
 * exceptions. With {@code dev.migrate.ops} and {@code dev.migrate.schema} it is everything a user
 * needs; {@code dev.migrate.internal} may change in any release.
 */
@NullMarked
package dev.migrate;

import org.jspecify.annotations.NullMarked;
