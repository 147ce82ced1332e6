@NullMarked
package dev.migrate.sample.blog;

import org.jspecify.annotations.NullMarked;
