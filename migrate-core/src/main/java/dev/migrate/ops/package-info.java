/**
 * Public API: {@link dev.migrate.ops.Operations}, what a Java revision's {@code upgrade} and
 * {@code downgrade} call, and the operation records it produces.
 */
@NullMarked
package dev.migrate.ops;

import org.jspecify.annotations.NullMarked;
