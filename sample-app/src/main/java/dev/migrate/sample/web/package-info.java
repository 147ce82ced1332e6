@NullMarked
package dev.migrate.sample.web;

import org.jspecify.annotations.NullMarked;
