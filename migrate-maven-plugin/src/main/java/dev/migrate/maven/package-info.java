@NullMarked
package dev.migrate.maven;

import org.jspecify.annotations.NullMarked;
