@NullMarked
package dev.migrate.internal.autogenerate.render;

import org.jspecify.annotations.NullMarked;
