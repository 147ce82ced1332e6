package dev.migrate.internal.script.graph;

import dev.migrate.ErrorKind;
import java.util.List;

/**
 * A target that must name one revision, such as {@code head}, matches several heads.
 */
public class MultipleHeadsException extends RevisionGraphException {

    private static final long serialVersionUID = 1L;

    private final List<String> heads;
    private final String argument;

    public MultipleHeadsException(List<String> heads, String argument) {
        this(heads, argument, defaultMessage(argument));
    }

    public MultipleHeadsException(List<String> heads, String argument, String message) {
        super(ErrorKind.MULTIPLE_HEADS, message);
        this.heads = List.copyOf(heads);
        this.argument = argument;
    }

    static String defaultMessage(String argument) {
        return "Multiple head revisions are present for given argument '" + argument + "'; please specify a specific "
                + "target revision, '<branchname>@" + argument
                + "' to narrow to a specific head, or 'heads' for all heads";
    }

    /** The heads the argument matched. */
    public List<String> heads() {
        return heads;
    }

    /** The argument as the user gave it, e.g. {@code head} or {@code billing@head}. */
    public String argument() {
        return argument;
    }
}
