package dev.migrate.spring.boot.drift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The book of {@code db/library} with one column more than its revisions create: {@code isbn}.
 */
@Entity
public class Book {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 100)
    private String author;

    @Column(length = 20)
    private String isbn;

    protected Book() {}
}
