package dev.migrate.spring.boot.firstboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application that has just added the starter: an entity, no revision and no {@code migrate.*}
 * setting, so it reads the default location, which its build has not made (there is nothing in it).
 */
@SpringBootApplication
public class NewApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewApplication.class, args);
    }
}
