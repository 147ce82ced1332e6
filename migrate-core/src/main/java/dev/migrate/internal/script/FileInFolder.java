package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import java.nio.file.Path;

/**
 * Where a file migrate writes goes: a plain name inside its folder. A name made from user input
 * ({@code file_template}, a revision id) that holds a path separator or {@code ..} could otherwise
 * put the file anywhere the process may write.
 */
public final class FileInFolder {

    private FileInFolder() {}

    /**
     * {@code folder/fileName}, proven to stay in {@code folder}.
     *
     * @param madeFrom what the name was made from, for the error ("file_template '%(rev)s_%(slug)s'")
     * @throws BadInputException when the name is not a single plain file name, or resolves outside the folder
     */
    public static Path resolve(Path folder, String fileName, String madeFrom) {
        Path base = folder.toAbsolutePath().normalize();
        boolean plain = !fileName.isEmpty()
                && !fileName.equals(".")
                && !fileName.equals("..")
                && fileName.indexOf('/') < 0
                && fileName.indexOf('\\') < 0
                && fileName.indexOf('\0') < 0;
        if (plain) {
            Path file = base.resolve(fileName).normalize();
            if (file.getParent() != null && file.getParent().equals(base)) {
                return file;
            }
        }
        throw new BadInputException(
                ErrorKind.BAD_CONFIGURATION,
                "Refusing to write '" + fileName + "' (made from " + madeFrom + "): a new file must be"
                        + " a plain file name inside " + base + ", without '/', '\\' or '..'; change " + madeFrom);
    }
}
