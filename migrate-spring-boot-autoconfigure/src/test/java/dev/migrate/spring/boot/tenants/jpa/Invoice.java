package dev.migrate.spring.boot.tenants.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A tenant's entity: its table exists in each tenant schema once the tenant is upgraded.
 */
@Entity
public class Invoice {

    @Id
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String customer;

    @PositiveOrZero
    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    protected Invoice() {}

    public Invoice(Long id, String customer, long amountCents) {
        this.id = id;
        this.customer = customer;
        this.amountCents = amountCents;
    }

    public Long getId() {
        return this.id;
    }

    public String getCustomer() {
        return this.customer;
    }

    public long getAmountCents() {
        return this.amountCents;
    }
}
