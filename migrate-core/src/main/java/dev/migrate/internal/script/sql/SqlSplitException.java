package dev.migrate.internal.script.sql;

/**
 * A script that cannot be split, such as one with a string that never ends. The caller knows
 * the file name and turns this into a message naming file and line.
 */
public class SqlSplitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String problem;

    public SqlSplitException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The line at which the problem starts. */
    public int line() {
        return line;
    }

    /** What is wrong and what to do, without the line. */
    public String problem() {
        return problem;
    }
}
