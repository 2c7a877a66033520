package org.pollcam.media.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivacyMaskTextTest {

    @Test
    void theRegistrysTextFormReadsBackToTheSameMask() {
        PrivacyMask mask = PrivacyMask.parse(" 0,0 0.33,0  0.33,1 0,1 ;0.6,0.5 0.8,0.5 0.7,0.9 ");

        assertEquals(2, mask.polygons().size());
        assertEquals(PrivacyMask.of(PrivacyMask.Polygon.rectangle(0, 0, 0.33, 1),
                PrivacyMask.Polygon.of(0.6, 0.5, 0.8, 0.5, 0.7, 0.9)), mask);
        assertEquals("0,0 0.33,0 0.33,1 0,1; 0.6,0.5 0.8,0.5 0.7,0.9", mask.text());
        assertEquals(mask, PrivacyMask.parse(mask.text()));
    }

    @Test
    void blankTextIsNoMask() {
        assertTrue(PrivacyMask.parse("  ").isEmpty());
        assertTrue(PrivacyMask.parse(null).isEmpty());
        assertEquals("", PrivacyMask.NONE.text());
    }

    @Test
    void textThatIsNotAMaskSaysWhy() {
        assertEquals("'0.5' is not a point x,y",
                assertThrows(IllegalArgumentException.class, () -> PrivacyMask.parse("0,0 0.5 1,1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrivacyMask.parse("0,0 1,0"), "two points");
        assertThrows(IllegalArgumentException.class, () -> PrivacyMask.parse("0,0 1.5,0 1,1"), "outside 0..1");
    }
}
