package dev.migrate.internal.script;

import dev.migrate.BadInputException;
import dev.migrate.ErrorKind;
import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.internal.script.graph.RevisionNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the Java revisions of a package and its subpackages: concrete classes that carry
 * {@link Revision} and implement {@link Migration}, created once through their no-argument
 * constructor. A concrete {@code Migration} without {@code @Revision} is an error (a forgotten
 * annotation would silently drop a revision); abstract classes, interfaces, anonymous and local
 * classes and non-static inner classes without {@code @Revision} are skipped, so a package may
 * hold base classes and helpers.
 */
public final class JavaRevisionScanner {

    private static final String CLASS_SUFFIX = ".class";

    private final ClassLoader classLoader;

    public JavaRevisionScanner(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The revisions in {@code packageName} and below, by class name; none when the package is not there. */
    public List<RevisionScript> scan(String packageName) {
        List<ClasspathFiles.ClasspathFile> files =
                ClasspathFiles.list(classLoader, packageName.replace('.', '/'), name -> false);
        return files == null ? List.of() : revisions(classNames(files));
    }

    /** The class names of the {@code .class} files among class path files. */
    static List<String> classNames(List<ClasspathFiles.ClasspathFile> files) {
        List<String> names = new ArrayList<>();
        for (ClasspathFiles.ClasspathFile file : files) {
            String path = file.path();
            if (path.endsWith(CLASS_SUFFIX)
                    && !path.endsWith("module-info.class")
                    && !path.endsWith("package-info.class")) {
                names.add(
                        path.substring(0, path.length() - CLASS_SUFFIX.length()).replace('/', '.'));
            }
        }
        return names;
    }

    /** The revisions among named classes, by class name. */
    List<RevisionScript> revisions(Collection<String> classNames) {
        List<RevisionScript> scripts = new ArrayList<>();
        for (String name : new TreeSet<>(classNames)) {
            RevisionScript script = revision(load(name));
            if (script != null) {
                scripts.add(script);
            }
        }
        return scripts;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    name + ": the class cannot be loaded (" + e + "). Make its dependencies"
                            + " available or move it out of the revisions' package",
                    e);
        }
    }

    /** The revision a class declares, or {@code null} when it is not one. */
    RevisionScript revision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        boolean migration = Migration.class.isAssignableFrom(type);
        if ((revision == null && !migration) || type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return null;
        }
        if (type.isInterface() || type.isEnum() || Modifier.isAbstract(type.getModifiers())) {
            if (revision != null) {
                throw error(
                        type,
                        "has @Revision but is "
                                + (type.isInterface() ? "an interface" : type.isEnum() ? "an enum" : "abstract")
                                + ". Put @Revision on a concrete class that implements " + Migration.class.getName());
            }
            return null;
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            if (revision != null) {
                throw error(
                        type,
                        "has @Revision but is an inner class, which cannot be created on its own. Declare it"
                                + " static or move it to a file of its own");
            }
            return null;
        }
        if (revision == null) {
            throw error(
                    type,
                    "implements " + Migration.class.getName() + " but has no @Revision. Add"
                            + " @Revision(id = \"…\", down = \"…\"), or make the class abstract if it is a base class");
        }
        if (!migration) {
            throw error(
                    type,
                    "has @Revision but does not implement " + Migration.class.getName()
                            + ". Implement it (upgrade and downgrade)");
        }
        RevisionNode node = node(type, revision);
        return new RevisionScript(
                node, RevisionScript.Kind.JAVA, type.getName(), null, revision.transactional(), instantiate(type));
    }

    private static RevisionNode node(Class<?> type, Revision revision) {
        check(type, "id", revision.id());
        List<String> down = list(type, "down", revision.down());
        if (down.contains(revision.id())) {
            throw error(type, "names its own id '" + revision.id() + "' in @Revision down. Name its parent revisions");
        }
        List<String> labels = list(type, "branchLabels", revision.branchLabels());
        List<String> dependsOn = list(type, "dependsOn", revision.dependsOn());
        List<String> replaces = list(type, "replaces", revision.replaces());
        if (replaces.contains(revision.id())) {
            throw error(
                    type,
                    "names its own id '" + revision.id() + "' in @Revision replaces."
                            + " List the revisions it squashes");
        }
        return new RevisionNode(
                revision.id(), down, new LinkedHashSet<>(labels), dependsOn, revision.message(), replaces);
    }

    private static List<String> list(Class<?> type, String attribute, String[] values) {
        for (String value : values) {
            check(type, attribute, value);
        }
        if (new LinkedHashSet<>(Arrays.asList(values)).size() < values.length) {
            throw error(
                    type,
                    "lists an entry twice in @Revision " + attribute + " " + Arrays.toString(values)
                            + ". List each once");
        }
        return List.of(values);
    }

    private static void check(Class<?> type, String attribute, String value) {
        String problem = RevisionIds.problem(value);
        if (problem != null) {
            throw error(type, "@Revision " + attribute + " '" + value + "' " + problem);
        }
    }

    private static Migration instantiate(Class<?> type) {
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw error(type, "has no constructor without arguments. Add one: migrate creates revisions with it");
        }
        if (!(Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(constructor.getModifiers()))
                && !constructor.trySetAccessible()) {
            throw error(
                    type,
                    "cannot be created from outside its package. Make the class and its no-argument"
                            + " constructor public");
        }
        try {
            return (Migration) constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new BadInputException(
                    ErrorKind.BAD_SCRIPT,
                    type.getName() + ": its constructor failed: " + e.getCause() + ".",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new BadInputException(ErrorKind.BAD_SCRIPT, type.getName() + ": cannot be created: " + e + ".", e);
        }
    }

    private static BadInputException error(Class<?> type, String problem) {
        return new BadInputException(ErrorKind.BAD_SCRIPT, type.getName() + ": " + problem + ".");
    }
}
