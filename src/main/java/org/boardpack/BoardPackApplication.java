package org.boardpack;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot configuration root; the process entry point is the CLI in {@link org.boardpack.cli.Main}. */
@SpringBootApplication
public class BoardPackApplication {

    public static void main(String[] args) {
        System.exit(org.boardpack.cli.Main.run(args));
    }
}
