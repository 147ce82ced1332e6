package dev.migrate.bench;

/** One way of bringing a fresh database up to date with a {@link Workload}. */
public enum Contender {
    JDBC("plain JDBC"),
    JDBC_BOOKKEEPING("plain JDBC + version row + history row"),
    /** The same bookkeeping sent with the revision's statement as one JDBC batch: what batching could save. */
    JDBC_BATCHED_BOOKKEEPING("plain JDBC + the same, one batch per revision"),
    MIGRATE("migrate"),
    FLYWAY("Flyway"),
    LIQUIBASE("Liquibase");

    private final String label;

    Contender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Runs the upgrade; applying nothing when everything is applied is the no-op case. */
    public void upgrade(Target target, Workload workload) throws Exception {
        switch (this) {
            case JDBC -> PlainJdbc.upgrade(target, workload, false);
            case JDBC_BOOKKEEPING -> PlainJdbc.upgrade(target, workload, true);
            case JDBC_BATCHED_BOOKKEEPING -> PlainJdbc.upgradeBatched(target, workload);
            case MIGRATE -> Tools.migrate(target, workload);
            case FLYWAY -> Tools.flyway(target, workload);
            case LIQUIBASE -> Tools.liquibase(target, workload);
        }
    }
}
