package dev.migrate.internal.autogenerate.compare;

import java.util.Objects;

/**
 * What autogenerate compares and how.
 *
 * @param compareTypes          whether a changed column type is a difference (on by default)
 * @param compareServerDefaults whether a changed server default is a difference (on by default)
 * @param detectRenames         whether a dropped and an added table or column that match are
 *                              proposed as a rename, marked for review (off by default: renames
 *                              are never guessed unless asked)
 * @param filter                which objects to look at
 * @param rewriter              the last word on the generated operations
 */
public record CompareOptions(
        boolean compareTypes,
        boolean compareServerDefaults,
        boolean detectRenames,
        IncludeFilter filter,
        RevisionRewriter rewriter) {

    public CompareOptions {
        filter = Objects.requireNonNullElse(filter, IncludeFilter.ALL);
        rewriter = Objects.requireNonNullElse(rewriter, RevisionRewriter.NONE);
    }

    public static CompareOptions defaults() {
        return new CompareOptions(true, true, false, IncludeFilter.ALL, RevisionRewriter.NONE);
    }

    public CompareOptions compareTypes(boolean value) {
        return new CompareOptions(value, compareServerDefaults, detectRenames, filter, rewriter);
    }

    public CompareOptions compareServerDefaults(boolean value) {
        return new CompareOptions(compareTypes, value, detectRenames, filter, rewriter);
    }

    public CompareOptions detectRenames(boolean value) {
        return new CompareOptions(compareTypes, compareServerDefaults, value, filter, rewriter);
    }

    public CompareOptions filter(IncludeFilter value) {
        return new CompareOptions(compareTypes, compareServerDefaults, detectRenames, value, rewriter);
    }

    public CompareOptions rewriter(RevisionRewriter value) {
        return new CompareOptions(compareTypes, compareServerDefaults, detectRenames, filter, value);
    }
}
