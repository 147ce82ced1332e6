package dev.migrate.spring.boot.onemodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The other side of {@link Owner}'s join table. */
@Entity
public class PetType {

    @Id
    private Long id;

    @NotEmpty
    @Size(min = 1, max = 30)
    private String name;
}
