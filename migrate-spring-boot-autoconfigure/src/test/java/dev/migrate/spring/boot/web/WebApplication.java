package dev.migrate.spring.boot.web;

import dev.migrate.spring.boot.library.Book;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * A whole application, as a user would write it, for tests over HTTP.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Book.class)
class WebApplication {}
