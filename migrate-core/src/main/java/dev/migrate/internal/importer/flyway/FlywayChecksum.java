package dev.migrate.internal.importer.flyway;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL script: a CRC-32 fed with each line's UTF-8 bytes, line
 * endings left out (so CRLF and LF files agree) and a leading byte-order mark dropped, taken as a
 * signed 32-bit number. It is computed on the file as written, before placeholders are replaced.
 */
final class FlywayChecksum {

    private FlywayChecksum() {}

    public static int of(String text) {
        CRC32 crc = new CRC32();
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // the line breaks a line reader accepts: \n, \r\n and a lone \r
        for (String line : content.split("\r\n|\r|\n", -1)) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
