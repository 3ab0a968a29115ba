package org.carnet.common.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HL7 DTM as XDS uses it (ITI TF-3 Table 4.2.3.1.7-2), widened to 14 digits for searching. */
class DtmTest {

    @ParameterizedTest
    @CsvSource({
            "2010, 20100101000000",
            "201003, 20100301000000",
            "20100319, 20100319000000",
            "2010031918, 20100319180000",
            "201003191835, 20100319183500",
            "20100319183544, 20100319183544"})
    void widensToTheEarliestInstant(String dtm, long sortable) {
        assertThat(Dtm.isValid(dtm)).isTrue();
        assertThat(Dtm.sortable(dtm)).isEqualTo(sortable);
        assertThat(Dtm.sortableOrNull(dtm)).isEqualTo(sortable);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "201",              // too short
            "20100",            // odd length
            "201003191835440",  // 15 digits
            "2010031918354400", // 16 digits
            "201013",           // month 13
            "201000",           // month 0
            "20100332",         // day 32
            "20100300",         // day 0
            "2010-03-19",       // separators
            "2010031a",         // letters
            "20100319183544+0100"})
    void refusesWhatIsNotADtm(String dtm) {
        assertThat(Dtm.isValid(dtm)).isFalse();
        assertThat(Dtm.sortableOrNull(dtm)).isNull();
        assertThatThrownBy(() -> Dtm.sortable(dtm))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + dtm + "' is not an HL7 DTM timestamp (YYYY[MM[DD[hh[mm[ss]]]]])");
    }

    @Test
    void nullIsNotADtm() {
        assertThat(Dtm.isValid(null)).isFalse();
        assertThat(Dtm.sortableOrNull(null)).isNull();
    }
}
