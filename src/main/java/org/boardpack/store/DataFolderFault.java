package org.boardpack.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fault of the data folder (the job repository's database files) that only the operator can fix: the disk is
 * full, the folder is read-only, or the database file is damaged. Recognised from the exception chain the
 * database driver (H2) gives, and put as the cause and the fix, instead of the driver's words ("The database has
 * been closed", "Feature not supported: AUTO_SERVER=TRUE && (readOnly ...)", "Store header is corrupt").
 *
 * @param kind    what is wrong
 * @param message the cause and the fix, for the console
 */
public record DataFolderFault(Kind kind, String message) {

    /** What is wrong with the data folder. */
    public enum Kind { DISK_FULL, READ_ONLY, DAMAGED }

    /** H2's error codes (org.h2.api.ErrorCode), read without depending on the driver. */
    private static final int FILE_CORRUPTED = 90030;
    private static final int FILE_VERSION_ERROR = 90048;
    private static final int DATABASE_IS_READ_ONLY = 90097;
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int FEATURE_NOT_SUPPORTED = 50100;
    /** The MVStore's own codes, at the end of its messages: "[2.4.240/6]". */
    private static final Pattern STORE_CODE = Pattern.compile("\\[\\d+\\.\\d+\\.\\d+/(\\d+)]");
    private static final int STORE_READING_FAILED = 1;
    private static final int STORE_WRITING_FAILED = 2;
    private static final int STORE_FILE_CORRUPT = 6;
    private static final int STORE_UNKNOWN_DATA_TYPE = 19;
    private static final int STORE_CHUNK_NOT_FOUND = 9;
    /** Less free than this and the disk counts as full: H2 needs room for whole chunks. */
    private static final long NEARLY_FULL_MB = 64;
    private static final Pattern DATABASE_FILE = Pattern.compile("(/[^\\s\"'\\[\\]]+)\\.mv\\.db");

    /**
     * The data folder fault behind an exception, if that is what it is.
     *
     * @param dataDir the configured data folder (boardpack.data-dir), named in the message when the driver's
     *                message does not name the file
     */
    public static Optional<DataFolderFault> of(Throwable failure, Path dataDir) {
        Kind kind = null;
        String detail = null;
        int best = 0;
        Path file = null;
        int depth = 0;
        for (Throwable c = failure; c != null && depth++ < 50; c = c.getCause()) {
            String text = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            String lower = text.toLowerCase(Locale.ROOT);
            if (file == null) file = databaseFile(text);
            Kind found;
            if (isSpaceMessage(lower)) found = Kind.DISK_FULL;
            else if (c instanceof AccessDeniedException) found = Kind.READ_ONLY;
            else if (c instanceof SQLException sql) found = kindOf(sql.getErrorCode(), lower);
            else if (c.getClass().getName().startsWith("org.h2.mvstore")) found = kindOfStore(storeCode(text), lower);
            else found = null;
            int rank = found == null ? 0 : rank(found, lower);
            if (rank > best) {
                best = rank;
                kind = found;
                detail = firstLine(text);
            }
        }
        if (kind == null) return Optional.empty();
        return Optional.of(new DataFolderFault(kind, message(kind, detail, folderOf(file, dataDir), file)));
    }

    /**
     * Which cause to name when the chain has several: the operating system's own words first ("No space left on
     * device"); "The database has been closed" is only what a failed write leaves behind.
     */
    private static int rank(Kind kind, String lower) {
        if (isSpaceMessage(lower)) return 5;
        return switch (kind) {
            case DAMAGED -> 4;
            case READ_ONLY -> 3;
            case DISK_FULL -> lower.contains("has been closed") ? 1 : 2;
        };
    }

    private static Kind kindOf(int code, String lower) {
        return switch (code) {
            case FILE_CORRUPTED, FILE_VERSION_ERROR -> Kind.DAMAGED;
            case DATABASE_IS_READ_ONLY -> Kind.READ_ONLY;
            case DATABASE_IS_CLOSED -> Kind.DISK_FULL;
            case FEATURE_NOT_SUPPORTED -> lower.contains("readonly") ? Kind.READ_ONLY : null;
            default -> isSpaceMessage(lower) ? Kind.DISK_FULL
                    : lower.contains("store header is corrupt") || lower.contains("file corrupted") ? Kind.DAMAGED : null;
        };
    }

    private static Kind kindOfStore(int code, String lower) {
        return switch (code) {
            case STORE_WRITING_FAILED -> Kind.DISK_FULL;
            case STORE_FILE_CORRUPT, STORE_CHUNK_NOT_FOUND, STORE_UNKNOWN_DATA_TYPE, STORE_READING_FAILED -> Kind.DAMAGED;
            default -> lower.contains("corrupt") ? Kind.DAMAGED : null;
        };
    }

    private static boolean isSpaceMessage(String lower) {
        return lower.contains("no space left on device") || lower.contains("file too large")
                || lower.contains("disk quota exceeded") || lower.contains("not enough space on the disk");
    }

    private static int storeCode(String text) {
        Matcher m = STORE_CODE.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Path databaseFile(String text) {
        Matcher m = DATABASE_FILE.matcher(text);
        return m.find() ? Path.of(m.group(1) + ".mv.db") : null;
    }

    private static Path folderOf(Path file, Path dataDir) {
        if (file != null && file.getParent() != null) return file.getParent();
        return dataDir == null ? Path.of("data") : dataDir;
    }

    private static String message(Kind kind, String detail, Path folder, Path file) {
        String dir = folder.toAbsolutePath().normalize().toString();
        return switch (kind) {
            case DISK_FULL -> "The job repository could not write to the data folder " + dir + ": " + spaceCause(folder)
                    + " (" + detail + ").\n"
                    + "Free space on that disk (or raise the limit), then run the same command again: what was recorded "
                    + "before is kept, and the run resumes from its last completed step (boardpack status shows it).";
            case READ_ONLY -> "The data folder " + dir + " is read-only (the folder or its database file): the job "
                    + "repository cannot record runs there.\n"
                    + "Make it writable for the user that runs boardpack (e.g. chmod -R u+w " + dir + ", or remount the "
                    + "disk read-write), then run the same command again. boardpack status works on a read-only data folder.";
            case DAMAGED -> "The job repository's database file " + (file == null ? "in " + dir : file.toString())
                    + " is damaged (" + detail + ").\n"
                    + "Restore the data folder " + dir + " from the latest backup, taken together with the output folder "
                    + "(README, Runbook: backups), then run the same command again. Do not delete it instead: without it "
                    + "boardpack does not know which packs were issued and mailed.";
        };
    }

    /** The disk is full, or (with room left now) a file size or quota limit stopped the write. */
    private static String spaceCause(Path folder) {
        long free;
        try {
            free = Files.getFileStore(Files.exists(folder) ? folder : folder.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return "the disk is full, or a file size or quota limit was reached";
        }
        long mb = free / (1024 * 1024);
        return mb < NEARLY_FULL_MB ? "the disk is full (" + mb + " MB free)"
                : "the disk is full or a file size or quota limit was reached (" + mb + " MB free now)";
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int hint = t.indexOf(" Possible solution:");
        if (hint > 0) t = t.substring(0, hint) + t.substring(t.indexOf(" [", hint) < 0 ? t.length() : t.indexOf(" [", hint));
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
