package dev.migrate.cli;

import dev.migrate.internal.command.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * Masks every line written through it before passing it on, so that no path (a driver's message,
 * a log line, a stack trace) can show a password. Lines end at {@code \n} or {@code \r} (progress
 * lines on a terminal); a flush passes on the partial line, masked.
 */
final class MaskingOutputStream extends OutputStream {

    private final OutputStream target;
    private final Supplier<Secrets> secrets;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream target, Supplier<Secrets> secrets, Charset charset) {
        this.target = target;
        this.secrets = secrets;
        this.charset = charset;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || b == '\r') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
    }

    private void emit() throws IOException {
        if (line.size() > 0) {
            String text = line.toString(charset);
            line.reset();
            target.write(secrets.get().mask(text).getBytes(charset));
        }
    }
}
