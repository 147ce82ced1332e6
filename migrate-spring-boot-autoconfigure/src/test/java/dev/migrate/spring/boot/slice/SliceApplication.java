package dev.migrate.spring.boot.slice;

import dev.migrate.spring.boot.library.Book;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/**
 * The application the slice tests of this package find, as a user's would be.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = Book.class)
class SliceApplication {}
