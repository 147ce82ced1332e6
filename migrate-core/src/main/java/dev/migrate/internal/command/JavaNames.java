package dev.migrate.internal.command;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import javax.lang.model.SourceVersion;

/** Turns file names into Java class names and checks package names. */
public final class JavaNames {

    private JavaNames() {}

    /**
     * A valid class name made from {@code baseName}: characters a name cannot hold become
     * {@code _}, and a name that cannot start a class name (a digit, a keyword) gets an {@code R}
     * in front, which keeps names that start with the creation time sorting by it.
     */
    public static String className(String baseName) {
        StringBuilder name = new StringBuilder();
        baseName.codePoints().forEach(c -> name.appendCodePoint(Character.isJavaIdentifierPart(c) ? c : '_'));
        String result = name.toString();
        if (result.isEmpty()
                || !Character.isJavaIdentifierStart(result.codePointAt(0))
                || result.startsWith("_")
                || SourceVersion.isKeyword(result)) {
            result = "R" + result;
        }
        return result;
    }

    /** {@code javaPackage} when it is a valid package name, else an error naming {@code property}. */
    public static String checkPackage(String javaPackage, String property) {
        if (javaPackage.isEmpty()) {
            return javaPackage;
        }
        for (String part : javaPackage.split("\\.", -1)) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                throw new BadInputException(
                        ErrorKind.BAD_CONFIGURATION,
                        property + " '" + javaPackage + "' is not a valid Java package name");
            }
        }
        return javaPackage;
    }
}
