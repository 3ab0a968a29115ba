package org.carnet.common.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** CX patient ids as XDS and the DMP send them (ITI TF-3 4.2.3.2.16; DMP: INS with an identifier type code). */
class CxTest {
    private static final String DMP = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO^NH";
    private static final String PLAIN = "248039263001064^^^&1.2.250.1.213.1.4.10&ISO";

    @Test
    void dmpFormAndPlainFormAreTheSamePatient() {
        Cx dmp = new Cx(DMP);
        Cx plain = new Cx(PLAIN);

        assertThat(dmp.problem()).isNull();
        assertThat(dmp.key()).isEqualTo(PLAIN);
        assertThat(plain.key()).isEqualTo(PLAIN);
        assertThat(dmp.samePatientAs(plain)).isTrue();
        assertThat(dmp.idNumber()).isEqualTo("248039263001064");
        assertThat(dmp.assigningAuthority()).isEqualTo("1.2.250.1.213.1.4.10");
    }

    @Test
    void trailingComponentsSuchAsAnEffectiveDateDoNotChangeTheKey() {
        Cx dated = new Cx(DMP + "^^20210101^20310101");

        assertThat(dated.isValid()).isTrue();
        assertThat(dated.key()).isEqualTo(PLAIN);
        assertThat(dated.toString()).isEqualTo(DMP + "^^20210101^20310101");
    }

    @Test
    void anotherIdNumberOrAuthorityIsAnotherPatient() {
        assertThat(new Cx(DMP).samePatientAs(new Cx("179105613712345^^^&1.2.250.1.213.1.4.10&ISO^NH"))).isFalse();
        assertThat(new Cx(DMP).samePatientAs(new Cx("248039263001064^^^&1.2.250.1.213.1.4.8&ISO^NH"))).isFalse();
    }

    @Test
    void valueIsTrimmed() {
        assertThat(new Cx("  " + PLAIN + "\n").value()).isEqualTo(PLAIN);
    }

    @Test
    void emptyValue() {
        assertThat(new Cx("  ").problem()).isEqualTo("patient id is empty");
    }

    @Test
    void noIdNumber() {
        assertThat(new Cx("^^^&1.2.250.1.213.1.4.10&ISO").problem())
                .isEqualTo("patient id '^^^&1.2.250.1.213.1.4.10&ISO' has no id number (CX.1)");
    }

    @Test
    void noAssigningAuthority() {
        assertThat(new Cx("248039263001064").problem())
                .isEqualTo("patient id '248039263001064' has no assigning authority (CX.4, as in id^^^&1.2.3&ISO)");
        assertThat(new Cx("248039263001064^^^^NH").problem())
                .isEqualTo("patient id '248039263001064^^^^NH' has no assigning authority "
                        + "(CX.4, as in id^^^&1.2.3&ISO)");
    }

    @Test
    void authorityTypeOtherThanIso() {
        assertThat(new Cx("248039263001064^^^&1.2.250.1.213.1.4.10&DNS").problem())
                .isEqualTo("patient id '248039263001064^^^&1.2.250.1.213.1.4.10&DNS' must name its assigning "
                        + "authority by OID with type ISO (&OID&ISO)");
    }

    @Test
    void authorityThatIsNotAnOid() {
        assertThat(new Cx("248039263001064^^^&INS-NIR&ISO").problem())
                .isEqualTo("patient id '248039263001064^^^&INS-NIR&ISO' must name its assigning authority by OID "
                        + "with type ISO (&OID&ISO)");
        assertThat(new Cx("248039263001064^^^&1.02.3&ISO").isValid()).isFalse();
    }

    @Test
    void checkDigitComponentFilled() {
        assertThat(new Cx("248039263001064^7^^&1.2.250.1.213.1.4.10&ISO").problem())
                .isEqualTo("patient id '248039263001064^7^^&1.2.250.1.213.1.4.10&ISO' must leave CX.2 and CX.3 empty");
    }

    @Test
    void parseRefusesWhatProblemReports() {
        assertThatThrownBy(() -> Cx.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("patient id is empty");
        assertThat(Cx.parse(DMP)).isEqualTo(new Cx(DMP));
    }

    @Test
    void malformedIdHasNoKeyAndIsNobodysPatient() {
        Cx malformed = new Cx("248039263001064");

        assertThatThrownBy(malformed::key)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(malformed.problem());
        assertThat(malformed.samePatientAs(malformed)).isFalse();
    }
}
