package dev.migrate.spring.boot.firstboot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The new application's entity, which its first revision creates. */
@Entity
public class Account {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String email;

    protected Account() {}
}
