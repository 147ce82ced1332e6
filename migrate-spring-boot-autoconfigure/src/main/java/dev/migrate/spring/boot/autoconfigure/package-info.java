@NullMarked
package dev.migrate.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
