package dev.migrate.spring.boot.onemodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An entity in the shape of the adopted applications: Bean Validation instead of column
 * attributes, an {@code Instant}, a boolean, a join table and a sequence with allocationSize 50.
 */
@Entity
public class Owner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owner_seq")
    @SequenceGenerator(name = "owner_seq", sequenceName = "owner_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    private String firstName;

    @NotNull
    @Size(max = 80)
    @Email
    private String email;

    @NotNull
    private Instant registeredAt;

    private boolean activated;

    @ManyToMany
    @JoinTable(name = "owner_pet_type")
    private Set<PetType> petTypes = new HashSet<>();
}
