package org.carnet.common.ebrim;

import java.util.List;

import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.SlotType1;
import org.carnet.wsdl.rim.ValueListType;

/** Writing slots on wire objects, for the actors that add or change a slot (repository, registry). */
public final class Slots {
    private Slots() {
    }

    public static SlotType1 slot(String name, List<String> values) {
        SlotType1 slot = new SlotType1();
        slot.setName(name);
        ValueListType list = new ValueListType();
        list.getValue().addAll(values);
        slot.setValueList(list);
        return slot;
    }

    /** Sets a single-valued slot, replacing any value the submitter sent. */
    public static void replace(IdentifiableType object, String name, String value) {
        object.getSlot().removeIf(s -> name.equals(s.getName()));
        object.getSlot().add(slot(name, List.of(value)));
    }
}
