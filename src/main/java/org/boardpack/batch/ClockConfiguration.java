package org.boardpack.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the job uses for produced dates; fixed by boardpack.fixed-time for reproducible packs. */
@Configuration
public class ClockConfiguration {

    @Bean
    public Clock clock(@Value("${boardpack.fixed-time:}") String fixed) {
        ZoneId zone = ZoneId.of("Europe/London");
        return fixed == null || fixed.isBlank() ? Clock.system(zone) : Clock.fixed(Instant.parse(fixed), zone);
    }
}
