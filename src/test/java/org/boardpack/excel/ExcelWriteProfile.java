package org.boardpack.excel;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.bench.Workload;
import org.boardpack.bench.WorkloadGenerator;
import org.boardpack.pack.PackModel;
import org.boardpack.support.SamplePacks;

/** Profiling aid (not a test): writes one board's workbook a few times and prints the writing thread's CPU time. */
public final class ExcelWriteProfile {
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "sample";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path input = Path.of("input"), templates = Path.of("templates");
        if (!which.equals("sample")) {
            Path root = Path.of("target/profile-" + which);
            if (!Files.exists(root.resolve("input"))) {
                new WorkloadGenerator(Workload.named(which), Path.of("input/benchmarks")).writeTo(root);
            }
            input = root.resolve("input");
            templates = root.resolve("templates");
        }
        PackModel pack = SamplePacks.build(input, templates, "improvement-board", YearMonth.of(2026, 10));
        var bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            Path out = Path.of("target/profile-" + which + ".xlsx");
            try (OutputStream o = Files.newOutputStream(out)) {
                new ExcelPackWriter().write(pack, o);
            }
            System.out.printf("%s run %d: cpu %.2f s, wall %.2f s, %d bytes%n", which, i,
                    (bean.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, Files.size(out));
        }
    }
}
