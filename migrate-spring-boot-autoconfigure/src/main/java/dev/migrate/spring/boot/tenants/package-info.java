@NullMarked
package dev.migrate.spring.boot.tenants;

import org.jspecify.annotations.NullMarked;
