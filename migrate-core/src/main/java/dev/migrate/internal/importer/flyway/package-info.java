@NullMarked
package dev.migrate.internal.importer.flyway;

import org.jspecify.annotations.NullMarked;
