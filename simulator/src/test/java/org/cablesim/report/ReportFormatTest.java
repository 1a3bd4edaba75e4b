package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    @Test
    void missingValuesReadNa() {
        assertEquals("n/a", ReportFormat.usd(Double.NaN));
        assertEquals("n/a", ReportFormat.probability(Double.POSITIVE_INFINITY));
        assertEquals("n/a", ReportFormat.availability(Double.NaN));
        assertEquals("n/a", ReportFormat.significant(Double.NaN, 3));
    }

    @Test
    void dollarsAreWholeAndGrouped() {
        assertEquals("$1,234,568", ReportFormat.usd(1_234_567.5));
        assertEquals("−$12", ReportFormat.usd(-12.2));
        assertEquals("$1.23M", ReportFormat.usdCompact(1_234_567));
        assertEquals("$350k", ReportFormat.usdCompact(350_000));
        assertEquals("$1M", ReportFormat.usdCompact(999_999));
        assertEquals("$0", ReportFormat.usdCompact(0));
    }

    @Test
    void probabilitiesSwitchToPowersOfTenBelowOnePerMille() {
        assertEquals("0", ReportFormat.probability(0));
        assertEquals("1.23 %", ReportFormat.probability(0.012345));
        assertEquals("0.100 %", ReportFormat.probability(0.001));
        assertEquals("3.2×10⁻⁴", ReportFormat.probability(3.21e-4));
        assertEquals("1.0×10⁻¹²", ReportFormat.probability(1e-12));
    }

    @Test
    void availabilityShowsTwoDigitsOfUnavailability() {
        assertEquals("99.953 %", ReportFormat.availability(0.99953));
        assertEquals("99.99910 %", ReportFormat.availability(0.999991));
        assertEquals("97.0 %", ReportFormat.availability(0.97));
        assertEquals("100.0 %", ReportFormat.availability(1));
    }

    @Test
    void significantDigitsAndNegativeZero() {
        assertEquals("0.123", ReportFormat.significant(0.12345, 3));
        assertEquals("12,300", ReportFormat.significant(12_345, 3));
        assertEquals("−1.50", ReportFormat.significant(-1.5, 3));
        assertEquals("2.0×10⁻⁵", ReportFormat.significant(2e-5, 2));
        assertEquals("0.0", ReportFormat.fixed(-0.01, 1));
        assertEquals("10⁻¹⁰", ReportFormat.powerOfTen(-10));
    }

    @Test
    void formattingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("$1,234,568", ReportFormat.usd(1_234_567.5));
            assertEquals("1.23 %", ReportFormat.probability(0.012345));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
