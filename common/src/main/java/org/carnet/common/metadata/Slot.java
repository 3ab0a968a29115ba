package org.carnet.common.metadata;

import java.util.List;
import java.util.Objects;

/** A slot the metadata model has no field for (an extension slot): name and values, kept as sent. */
public record Slot(String name, List<String> values) {

    public Slot {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
