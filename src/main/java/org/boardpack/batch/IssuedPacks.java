package org.boardpack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.boardpack.input.InputPaths;
import org.boardpack.output.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder as the second record of what was issued: the manifests a period's folder holds. A run reads them
 * before building a period, so a lost or re-created job repository cannot silently issue and email a pack again.
 */
final class IssuedPacks {

    private static final Logger log = LoggerFactory.getLogger(IssuedPacks.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One issued revision, from its manifest. */
    record Issued(Path file, RunManifest manifest) {

        int revision() {
            return manifest.revision();
        }

        String describe() {
            return "revision " + manifest.revision() + ", finished " + (manifest.finished() == null ? "?" : TIME.format(manifest.finished()))
                    + ", execution " + manifest.jobExecutionId() + " (" + InputPaths.display(file) + ")";
        }

        /** The members the manifest lists as sent, with what the new delivery record says about each. */
        Map<String, String> sent() {
            Map<String, String> sent = new LinkedHashMap<>();
            if (manifest.deliveries() == null) return sent;
            for (RunManifest.DeliveryRecord d : manifest.deliveries()) {
                if ("SENT".equals(d.state()) || "NOT_REMAILED".equals(d.state())) {
                    sent.put(d.email(), "sent revision " + manifest.revision()
                            + (d.sentAt() == null ? "" : " on " + TIME.format(d.sentAt())) + " per " + file.getFileName()
                            + " (the job repository had lost its record): not emailed again");
                }
            }
            return sent;
        }
    }

    private IssuedPacks() {
    }

    /** The period's manifests in the output folder, highest revision first (unreadable ones are skipped, said so). */
    static List<Issued> in(OutputLayout layout) {
        Path folder = layout.folder();
        List<Issued> issued = new ArrayList<>();
        if (!Files.isDirectory(folder)) return issued;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("manifest(-r\\d+)?\\.json")).toList()) {
                try {
                    RunManifest m = ManifestTasklet.json().readValue(f.toFile(), RunManifest.class);
                    if (layout.board().equals(m.board()) && layout.period().toString().equals(m.period())) issued.add(new Issued(f, m));
                } catch (RuntimeException e) {
                    log.warn("Cannot read {} as a manifest ({}): not taken into account", InputPaths.display(f), e.getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list {} ({}): earlier issues there are not checked", InputPaths.display(folder), e.getMessage());
        }
        issued.sort(Comparator.comparingInt(Issued::revision).reversed());
        return issued;
    }

    static Optional<Issued> latest(OutputLayout layout) {
        return in(layout).stream().findFirst();
    }
}
