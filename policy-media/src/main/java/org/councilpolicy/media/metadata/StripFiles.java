package org.councilpolicy.media.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/** The file side of {@link MetadataStripper}: bounded, checked reading and all-or-nothing writing. */
final class StripFiles {

    /** Writes the copy's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private StripFiles() {
    }

    /**
     * Writes to a temporary file in {@code out}'s folder and renames it to {@code out} in one step: {@code out} is
     * never half-written, and a symbolic link at {@code out} is replaced, not followed.
     */
    static void writeAtomically(Path out, boolean replace, Content content) throws IOException {
        if (!replace && Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(out.toString());
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the output folder does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            copyPermissions(out, tmp);
            if (replace) {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, out);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file's bytes, after checking it is a regular file, looks like a JPEG or PNG and is not too large. */
    static byte[] readBounded(Path image) throws IOException {
        if (!Files.exists(image)) {
            throw new NoSuchFileException(image.toString());
        }
        if (!Files.isRegularFile(image)) {
            throw new UnreadableImageException(Files.isDirectory(image) ? "it is a directory"
                    : "it is not a regular file (a FIFO, device or socket)");
        }
        long size = Files.size(image);
        if (size > MetadataStripper.MAX_BYTES) {
            throw new UnreadableImageException("it is larger than " + (MetadataStripper.MAX_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(image)) {
            byte[] head = in.readNBytes(12);
            if (!MetadataStripper.isJpeg(head) && !MetadataStripper.startsWith(head, MetadataStripper.PNG_SIGNATURE)) {
                throw new UnreadableImageException("only JPEG and PNG files can be stripped; this looks like "
                        + sniff(head));
            }
            byte[] data = Arrays.copyOf(head, (int) size);
            int n = head.length + in.readNBytes(data, head.length, data.length - head.length);
            if (n != size || in.read() >= 0) {
                throw new UnreadableImageException("it changed size while being read");
            }
            return data;
        }
    }

    /** The copy keeps the permissions of the file it replaces; a new file gets rw-r--r--, as a plain copy would. */
    private static void copyPermissions(Path out, Path tmp) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)
                    ? Files.getPosixFilePermissions(out, LinkOption.NOFOLLOW_LINKS)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the temporary file's defaults stand
        }
    }


    /** What a file that is neither JPEG nor PNG looks like, from its first bytes. */
    static String sniff(byte[] d) {
        String head = new String(d, 0, Math.min(d.length, 12), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return "a GIF";
        }
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
            return "a WebP image";
        }
        if (head.startsWith("II*\u0000") || head.startsWith("MM\u0000*")) {
            return "a TIFF (or camera raw) image";
        }
        if (head.length() >= 8 && head.startsWith("ftyp", 4)) {
            return "a HEIF/HEIC image or MP4/QuickTime video";
        }
        if (head.startsWith("BM")) {
            return "a BMP image";
        }
        return d.length == 0 ? "an empty file" : "neither (unknown format)";
    }

}
