@NullMarked
package dev.migrate.internal.script.graph;

import org.jspecify.annotations.NullMarked;
