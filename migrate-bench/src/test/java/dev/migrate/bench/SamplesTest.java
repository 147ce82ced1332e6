package dev.migrate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        Samples samples = Samples.of(9, 1, 5);

        assertThat(samples.median()).isEqualTo(5);
        assertThat(samples.min()).isEqualTo(1);
        assertThat(samples.max()).isEqualTo(9);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Samples.of(4, 1, 3, 10).median()).isEqualTo(3.5);
    }

    @Test
    void ratioIsMedianOverTheBaselinesMedian() {
        Measured baseline = new Measured("jdbc", Samples.of(100, 90, 300), "ms");
        Measured tool = new Measured("tool", Samples.of(120, 400, 110), "ms");

        assertThat(tool.ratioTo(baseline)).isEqualTo(1.2);
    }

    @Test
    void aFigureWithoutMeasurementsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(Samples::of);
    }
}
