package com.example.petclinic.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotEmpty;

@Entity
public class Specialty {

    @Id
    private Integer id;

    @NotEmpty
    private String name;
}
