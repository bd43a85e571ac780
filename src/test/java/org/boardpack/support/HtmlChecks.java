package org.boardpack.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

/**
 * Checks an HTML file the way a publisher's accessibility audit would: axe-core's WCAG 2.1 A and AA rules run in
 * headless Chromium, and the Nu Html Checker (vnu.jar) for valid HTML. Both tools are installed by .ci/run and the
 * README's set-up ({@code npm install --prefix .ci/a11y}, Debian's {@code chromium}); where they are missing the
 * calling test is skipped with a message saying how to install them.
 */
public final class HtmlChecks {

    private static final Path TOOLS = Path.of(System.getProperty("boardpack.a11y-tools", ".ci/a11y/node_modules"));
    private static final Path AXE = TOOLS.resolve("axe-core/axe.min.js");
    private static final Path VNU = TOOLS.resolve("vnu-jar/build/dist/vnu.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One axe-core rule broken, with the first offending element. */
    public record Violation(String rule, String impact, String help, String target) {
    }

    private HtmlChecks() {
    }

    /** axe-core's violations of the WCAG 2.0/2.1 A and AA rules on the page, in headless Chromium. */
    public static List<Violation> axeViolations(Path html) throws IOException, InterruptedException {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "Chromium not installed (apt-get install chromium): axe-core test skipped");
        Assumptions.assumeTrue(Files.isRegularFile(AXE), AXE + " missing (npm install --prefix .ci/a11y): axe-core test skipped");
        Path dir = Files.createTempDirectory("axe-");
        // the page under test gets axe and a runner appended in a copy; the results are written into the DOM after
        // the run, so they are not part of what axe checked
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String runner = "<script>" + Files.readString(AXE, StandardCharsets.UTF_8) + "</script><script>"
                + "axe.run(document,{runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                + ".then(function(r){var p=document.createElement('pre');p.id='axe-results';"
                + "p.textContent=JSON.stringify(r.violations);document.documentElement.appendChild(p);})"
                + ".catch(function(e){var p=document.createElement('pre');p.id='axe-results';"
                + "p.textContent=JSON.stringify({error:String(e)});document.documentElement.appendChild(p);});</script>";
        int end = page.lastIndexOf("</body>");
        String withAxe = end < 0 ? page + runner : page.substring(0, end) + runner + page.substring(end);
        Path copy = dir.resolve(html.getFileName().toString());
        Files.writeString(copy, withAxe, StandardCharsets.UTF_8);
        List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=60000", "--dump-dom",
                copy.toUri().toString());
        Path out = dir.resolve("dom.html");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish in 3 minutes");
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        int start = dom.indexOf("<pre id=\"axe-results\">");
        if (start < 0) {
            throw new IllegalStateException("axe-core did not report (Chromium exit " + p.exitValue() + "): "
                    + Files.readString(dir.resolve("err.txt")));
        }
        String text = dom.substring(start + "<pre id=\"axe-results\">".length(), dom.indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        JsonNode results = JSON.readTree(text);
        if (results.has("error")) throw new IllegalStateException("axe-core failed: " + results.get("error").asText());
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : results) {
            JsonNode node = v.path("nodes").path(0);
            violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                    node.path("target").toString() + " " + node.path("html").asText()));
        }
        return violations;
    }

    /** The Nu Html Checker's errors (not its warnings or info messages) for the file. */
    public static List<String> htmlErrors(Path html) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isRegularFile(VNU), VNU + " missing (npm install --prefix .ci/a11y): HTML validation skipped");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", VNU.toString(), "--format", "json", "--errors-only",
                html.toString()).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        List<String> errors = new ArrayList<>();
        for (JsonNode m : JSON.readTree(err).path("messages")) {
            errors.add("line " + m.path("lastLine").asText() + ": " + m.path("message").asText());
        }
        return errors;
    }

    private static Path chromium() {
        for (String c : List.of(System.getProperty("boardpack.chromium", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (!c.isEmpty() && Files.isExecutable(Path.of(c))) return Path.of(c);
        }
        return null;
    }
}
