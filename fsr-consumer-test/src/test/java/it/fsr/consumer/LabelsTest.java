package it.fsr.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import it.fsr.core.explain.EnumLabels;
import it.fsr.riparto.ExclusionReason;
import it.fsr.riparto.RipartoLabels;
import it.fsr.isee.IseeLabels;
import it.fsr.isee.Relationship;
import it.fsr.isee.compartecipazione.CompartecipazioneLabels;
import it.fsr.isee.veneto.VenetoLabels;
import it.fsr.lep.LepLabels;
import it.fsr.lep.SocialWorkerStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The enum labels load from each module's own bundles, on the module path as on the class path. */
class LabelsTest {

    @Test
    void everyConstantOfEveryLabelledEnumHasAnItalianAndAnEnglishName() {
        for (EnumLabels labels : List.of(RipartoLabels.LABELS, IseeLabels.LABELS, VenetoLabels.LABELS, CompartecipazioneLabels.LABELS, LepLabels.LABELS)) {
            for (Class<?> type : labels.types()) {
                for (Object c : type.getEnumConstants()) {
                    Enum<?> constant = (Enum<?>) c;
                    assertThat(labels.label(constant)).as(type.getName() + "." + constant).isPresent();
                    String it = labels.text(constant, Locale.ITALIAN);
                    String en = labels.text(constant, Locale.ENGLISH);
                    assertThat(it).as(constant.name()).isNotBlank().doesNotContain("{").isNotEqualTo(constant.name());
                    assertThat(en).as(constant.name()).isNotBlank().doesNotContain("{");
                }
            }
        }
        assertThat(IseeLabels.LABELS.text(Relationship.CHILD, Locale.ITALIAN)).isEqualTo("figlio");
        assertThat(LepLabels.LABELS.text(SocialWorkerStatus.LEP_MET, Locale.ITALIAN)).startsWith("LEP raggiunto");
        assertThat(RipartoLabels.LABELS.text(ExclusionReason.NO_CUDES, Locale.ITALIAN)).contains("CUDES");
    }
}
