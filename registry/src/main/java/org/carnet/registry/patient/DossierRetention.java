package org.carnet.registry.patient;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How long a closed dossier keeps its data (dmp-reference 4: 10 years after closure); {@link DossierErasure}
 * removes them once it is over.
 *
 * @param years the retention period after closure, in years
 */
public record DossierRetention(int years) {
    public static final int DEFAULT_YEARS = 10;

    public DossierRetention {
        if (years < 1) {
            throw new IllegalArgumentException("a retention period is at least one year");
        }
    }

    /** A dossier closed before this instant has outlived its retention period at {@code now}. */
    public Instant closedBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** From when the data of this dossier may be purged: empty while it is open. */
    public Optional<Instant> purgeableFrom(Dossier dossier) {
        if (dossier.isOpen() || dossier.closedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(dossier.closedAt().atOffset(ZoneOffset.UTC).plusYears(years).toInstant());
    }
}
