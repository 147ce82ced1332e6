package dev.migrate.spring.boot.testcontainers;

import dev.migrate.spring.boot.library.Book;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * An application whose database comes from a Testcontainers service connection.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Book.class)
class ServiceConnectionApplication {}
