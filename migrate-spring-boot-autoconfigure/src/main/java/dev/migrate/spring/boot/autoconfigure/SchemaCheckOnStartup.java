package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.ErrorKind;
import dev.migrate.Migrate;
import dev.migrate.MigrateException;
import dev.migrate.internal.autogenerate.Autogenerate;
import dev.migrate.internal.autogenerate.CheckResult;
import dev.migrate.internal.autogenerate.compare.CompareOptions;
import dev.migrate.internal.script.RevisionScript;
import dev.migrate.spring.boot.autoconfigure.MigrateProperties.CheckOnStartup;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * {@code migrate.check-on-startup}: once every singleton exists (so after the startup upgrade and
 * the EntityManagerFactory), compares the JPA mapping with the database and logs each difference
 * or refuses to start. The outcome stays for the health contributor.
 */
class SchemaCheckOnStartup implements SmartInitializingSingleton {

    static final String PROPERTY = "migrate.check-on-startup";

    private static final Log logger = LogFactory.getLog(SchemaCheckOnStartup.class);

    private final Migrate migrate;

    private final ApplicationEntityModel entityModel;

    private final CheckOnStartup mode;

    private volatile CheckResult result;

    SchemaCheckOnStartup(Migrate migrate, ApplicationEntityModel entityModel, CheckOnStartup mode) {
        this.migrate = migrate;
        this.entityModel = entityModel;
        this.mode = mode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<RevisionScript> pending = this.migrate.pending();
        if (!pending.isEmpty()) {
            // The application chose a target below the heads; the mapping follows the heads.
            logger.warn(PROPERTY + " skipped: the database is behind its revisions (" + pending.size()
                    + " pending), and the JPA mapping is compared only with an up-to-date database.");
            return;
        }
        CheckResult checked =
                Autogenerate.check(this.migrate, this.entityModel.read(PROPERTY), CompareOptions.defaults());
        this.result = checked;
        if (checked.isClean()) {
            logger.debug("The JPA mapping matches the database.");
            return;
        }
        if (this.mode == CheckOnStartup.FAIL) {
            throw new SchemaDriftException(checked.differences());
        }
        logger.warn("The JPA mapping and the database differ ("
                + checked.differences().size()
                + "); write the revision that closes the gap with: migrate revision --autogenerate -m <message>");
        checked.differences().forEach((difference) -> logger.warn("Schema drift: " + difference));
    }

    /**
     * The outcome of the check.
     * @return the differences found, or {@code null} when the check did not run
     */
    CheckResult result() {
        return this.result;
    }

    /**
     * The JPA mapping and the database differ and {@code migrate.check-on-startup} is {@code fail}.
     */
    static final class SchemaDriftException extends MigrateException {

        SchemaDriftException(List<String> differences) {
            super(
                    ErrorKind.SCHEMA_DRIFT,
                    "the JPA mapping and the database differ (" + PROPERTY + "=fail):\n  "
                            + String.join("\n  ", differences));
        }
    }
}
