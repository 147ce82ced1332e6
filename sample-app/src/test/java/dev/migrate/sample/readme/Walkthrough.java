package dev.migrate.sample.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's walkthrough as steps a test can replay: the {@code console} blocks between
 * {@code <!-- walkthrough:begin -->} and {@code <!-- walkthrough:end -->} give commands
 * ({@code $ …}) and the output printed under each; a {@code <!-- walkthrough:insert-into FILE after "TEXT" -->}
 * marker gives the code block under it to add to a file.
 */
record Walkthrough(List<Step> steps) {

    private static final String BEGIN = "<!-- walkthrough:begin -->";
    private static final String END = "<!-- walkthrough:end -->";
    private static final Pattern INSERT = Pattern.compile("<!-- walkthrough:insert-into (\\S+) after \"(.+)\" -->");

    /** One thing the reader does. */
    sealed interface Step permits Command, Insert {}

    /** A command line and the output the README shows for it (stdout and stderr as a terminal shows them). */
    record Command(String line, String expectedOutput) implements Step {}

    /** Code to add to {@code file}, on the lines after the first line containing {@code anchor}. */
    record Insert(String file, String anchor, String code) implements Step {}

    static Walkthrough read(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(readme + " has no " + BEGIN + " … " + END + " section");
        }
        List<Step> steps = new ArrayList<>();
        Matcher pendingInsert = null;
        for (int i = begin + 1; i < end; i++) {
            String line = lines.get(i);
            Matcher insert = INSERT.matcher(line.strip());
            if (insert.matches()) {
                pendingInsert = insert;
            } else if (line.startsWith("```")) {
                int close = closingFence(lines, i, end);
                List<String> block = lines.subList(i + 1, close);
                if (pendingInsert != null) {
                    steps.add(new Insert(
                            pendingInsert.group(1), pendingInsert.group(2), String.join("\n", block) + "\n"));
                    pendingInsert = null;
                } else if (line.strip().equals("```console")) {
                    steps.addAll(commands(block));
                }
                i = close;
            }
        }
        return new Walkthrough(List.copyOf(steps));
    }

    private static int closingFence(List<String> lines, int open, int end) {
        for (int i = open + 1; i < end; i++) {
            if (lines.get(i).startsWith("```")) {
                return i;
            }
        }
        throw new IllegalStateException("README walkthrough: the code block at line " + (open + 1) + " is not closed");
    }

    private static List<Command> commands(List<String> block) {
        List<Command> commands = new ArrayList<>();
        String command = null;
        StringBuilder output = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    commands.add(new Command(command, output.toString()));
                }
                command = line.substring(2);
                output.setLength(0);
            } else if (command != null) {
                output.append(line).append('\n');
            }
        }
        if (command != null) {
            commands.add(new Command(command, output.toString()));
        }
        return commands;
    }
}
