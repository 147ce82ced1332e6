@NullMarked
package dev.migrate.internal.autogenerate.hibernate;

import org.jspecify.annotations.NullMarked;
