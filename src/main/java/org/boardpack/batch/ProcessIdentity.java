package org.boardpack.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * This process's identity (host, pid, start time) and whether a recorded one still exists: a pid alone is not
 * enough, since after a reboot or in a container the same pid soon belongs to another, younger process.
 */
final class ProcessIdentity {

    /** Recorded when the start time cannot be read: then only the pid is compared. */
    static final long UNKNOWN_START = -1;

    private ProcessIdentity() {
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    static long startMs() {
        return startOf(ProcessHandle.current()).orElse(UNKNOWN_START);
    }

    private static Optional<Long> startOf(ProcessHandle h) {
        return h.info().startInstant().map(Instant::toEpochMilli);
    }

    /** Whether the process recorded on this host is gone: no such pid, or the pid now belongs to another process. */
    static RunLock.Verdict judge(long pid, long recordedStartMs, long slackMs) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) return new RunLock.Verdict(true, "process " + pid + " no longer exists");
        Optional<Long> start = startOf(handle.get());
        if (recordedStartMs != UNKNOWN_START && start.isPresent() && Math.abs(start.get() - recordedStartMs) > slackMs) {
            return new RunLock.Verdict(true, "process " + pid + " now is another process, started "
                    + Instant.ofEpochMilli(start.get()) + ", not the one started " + Instant.ofEpochMilli(recordedStartMs));
        }
        return new RunLock.Verdict(false, "process " + pid + " is still running on this host");
    }
}
