package org.boardpack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The exception chains H2 gives for the three data folder faults (as seen from the real jar: a run whose data
 * disk fills, a read-only data folder, a damaged boardpack.mv.db) and what the operator is told instead.
 */
class DataFolderFaultTest {

    @TempDir
    Path data;

    @Test
    void aWriteThatFailsMidRunIsADiskFullNamingTheSystemsWordsNotTheClosedDatabase() {
        // the chain of "JDBC rollback; The database has been closed" after a write failed with EFBIG
        IOException io = new IOException("File too large");
        Exception store = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}", "sun.nio.ch.FileChannelImpl@34e990cc", 4096, 135168);
        store.initCause(io);
        SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098, store);
        var failure = new DataAccessResourceFailureException("JDBC rollback; The database has been closed [90098-240]", closed);

        DataFolderFault fault = DataFolderFault.of(failure, data).orElseThrow();

        assertThat(fault.kind()).isEqualTo(DataFolderFault.Kind.DISK_FULL);
        assertThat(fault.message()).contains("could not write to the data folder " + data.toAbsolutePath())
                .contains("(File too large)").contains("Free space on that disk")
                .doesNotContain("database has been closed").doesNotContain("spring.datasource.url");
    }

    @Test
    void noSpaceLeftOnDeviceAnywhereInTheChainIsADiskFull() {
        var failure = new IllegalStateException("Cannot start the job", new IOException("No space left on device"));
        assertThat(DataFolderFault.of(failure, data).orElseThrow().kind()).isEqualTo(DataFolderFault.Kind.DISK_FULL);
    }

    @Test
    void theClosedDatabaseAloneStillSaysTheRepositoryCouldNotWrite() {
        SQLException closed = new SQLException("The database has been closed [90098-240]", "90098", 90098);
        DataFolderFault fault = DataFolderFault.of(new DataAccessResourceFailureException("JDBC commit", closed), data).orElseThrow();
        assertThat(fault.kind()).isEqualTo(DataFolderFault.Kind.DISK_FULL);
        assertThat(fault.message()).contains("could not write to the data folder");
    }

    @Test
    void h2RefusingAutoServerOnAReadOnlyFileIsAReadOnlyDataFolder() {
        SQLException h2 = new SQLException("Feature not supported: \"AUTO_SERVER=TRUE && (readOnly || inMemory || "
                + "FILE_LOCK=NO || FILE_LOCK=FS)\" [50100-240]", "HYC00", 50100);
        var failure = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", h2);

        DataFolderFault fault = DataFolderFault.of(failure, data).orElseThrow();

        assertThat(fault.kind()).isEqualTo(DataFolderFault.Kind.READ_ONLY);
        assertThat(fault.message()).startsWith("The data folder " + data.toAbsolutePath() + " is read-only")
                .contains("chmod -R u+w " + data.toAbsolutePath()).contains("status works on a read-only data folder")
                .doesNotContain("AUTO_SERVER").doesNotContain("spring.datasource.url");
    }

    @Test
    void aFeatureNotSupportedThatIsNotAboutReadOnlyIsNoDataFolderFault() {
        SQLException other = new SQLException("Feature not supported: \"MERGE ... USING\" [50100-240]", "HYC00", 50100);
        assertThat(DataFolderFault.of(other, data)).isEmpty();
    }

    @Test
    void accessDeniedIsReadOnly() {
        var failure = new IllegalStateException(new AccessDeniedException(data.resolve("boardpack.lock.db").toString()));
        assertThat(DataFolderFault.of(failure, data).orElseThrow().kind()).isEqualTo(DataFolderFault.Kind.READ_ONLY);
    }

    @Test
    void aCorruptStoreHeaderIsADamagedFileToRestoreFromBackupNamingTheFile() {
        // "Cannot start: Store header is corrupt: /srv/boardpack/data/boardpack.mv.db [2.4.240/6]"
        Exception store = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT, "Store header is corrupt: {0}",
                "/srv/boardpack/data/boardpack.mv.db");
        var failure = new IllegalStateException("Failed to initialize pool", store);

        DataFolderFault fault = DataFolderFault.of(failure, data).orElseThrow();

        assertThat(fault.kind()).isEqualTo(DataFolderFault.Kind.DAMAGED);
        assertThat(fault.message()).startsWith("The job repository's database file /srv/boardpack/data/boardpack.mv.db is damaged")
                .contains("Restore the data folder /srv/boardpack/data from the latest backup")
                .contains("together with the output folder").doesNotContain("spring.datasource.url");
    }

    @Test
    void fileCorruptedWhileReadingIsDamagedWithoutH2sRecoveryToolHint() {
        SQLException h2 = new SQLException("File corrupted while reading record: \"/srv/bp/data/boardpack.mv.db\". "
                + "Possible solution: use the recovery tool [90030-240]", "90030", 90030);
        DataFolderFault fault = DataFolderFault.of(h2, data).orElseThrow();
        assertThat(fault.kind()).isEqualTo(DataFolderFault.Kind.DAMAGED);
        assertThat(fault.message()).contains("/srv/bp/data/boardpack.mv.db is damaged").doesNotContain("recovery tool");
    }

    @Test
    void anOrdinaryFailureIsNoDataFolderFault() {
        var failure = new IllegalStateException("Fault injection: step compute failed");
        assertThat(DataFolderFault.of(failure, data)).isEmpty();
        assertThat(DataFolderFault.of(new SQLException("Table \"X\" not found [42104-240]", "42S04", 42104), data)).isEmpty();
    }
}
