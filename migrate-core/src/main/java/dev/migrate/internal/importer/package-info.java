@NullMarked
package dev.migrate.internal.importer;

import org.jspecify.annotations.NullMarked;
