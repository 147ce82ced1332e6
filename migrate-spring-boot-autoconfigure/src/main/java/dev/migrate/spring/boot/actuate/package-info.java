@NullMarked
package dev.migrate.spring.boot.actuate;

import org.jspecify.annotations.NullMarked;
