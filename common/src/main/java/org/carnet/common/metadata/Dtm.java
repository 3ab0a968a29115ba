package org.carnet.common.metadata;

import java.util.regex.Pattern;

/**
 * HL7 DTM timestamps as XDS uses them (ITI TF-3 Table 4.2.3.1.7-2): UTC, {@code YYYY[MM[DD[hh[mm[ss]]]]]}.
 * For searching, a value is widened to 14 digits by filling what it leaves out with the earliest instant
 * (month and day 01, time 00), so that timestamps of any precision compare as numbers.
 */
public final class Dtm {
    private static final Pattern DTM = Pattern.compile("\\d{4}(\\d{2}){0,5}");
    private static final String EARLIEST = "00000101000000";

    private Dtm() {
    }

    public static boolean isValid(String value) {
        return value != null && DTM.matcher(value).matches() && monthDayInRange(value);
    }

    /** The 14-digit sortable form, e.g. {@code 2010} → {@code 20100101000000}. */
    public static long sortable(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not an HL7 DTM timestamp (YYYY[MM[DD[hh[mm[ss]]]]])");
        }
        return Long.parseLong(value + EARLIEST.substring(value.length()));
    }

    /** Like {@link #sortable(String)}, or null for a null or malformed value (reported by the validator). */
    public static Long sortableOrNull(String value) {
        return isValid(value) ? sortable(value) : null;
    }

    private static boolean monthDayInRange(String v) {
        if (v.length() >= 6) {
            int month = Integer.parseInt(v.substring(4, 6));
            if (month < 1 || month > 12) {
                return false;
            }
        }
        if (v.length() >= 8) {
            int day = Integer.parseInt(v.substring(6, 8));
            if (day < 1 || day > 31) {
                return false;
            }
        }
        return within(v, 8, 23) && within(v, 10, 59) && within(v, 12, 59);
    }

    private static boolean within(String v, int at, int max) {
        return v.length() < at + 2 || Integer.parseInt(v.substring(at, at + 2)) <= max;
    }
}
