package org.pollcam.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcam.registry.RegistryValidator;

/**
 * The one set of rules a polling station must meet, whether it comes from the edit dialog, the API or a CSV line:
 * each broken rule is reported on the field the administrator has to correct.
 */
class StationDraftTest {

    private final Validator validator = RegistryValidator.get();

    @Test
    void aWellDescribedStationIsValid() {
        assertEquals(Set.of(), violatedProperties(nasimiSchool()));
    }

    @Test
    void aStationWithoutCamerasIsValid() {
        StationDraft station = nasimiSchool();
        station.setCameras(null);

        assertEquals(List.of(), station.getCameras());
        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void theEdgesOfTheMapAreValid() {
        StationDraft station = nasimiSchool();
        station.setLatitude(new BigDecimal("-90"));
        station.setLongitude(new BigDecimal("180.000000"));
        station.setRegisteredVoters(0);

        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void latitudeBeyondThePoleIsRefused() {
        assertOnlyViolation("latitude", station -> station.setLatitude(new BigDecimal("91")));
        assertOnlyViolation("latitude", station -> station.setLatitude(new BigDecimal("-90.000001")));
    }

    @Test
    void longitudeBeyondTheDateLineIsRefused() {
        assertOnlyViolation("longitude", station -> station.setLongitude(new BigDecimal("180.5")));
    }

    @Test
    void coordinatesFinerThanTheRegisterKeepsAreRefused() {
        assertOnlyViolation("latitude", station -> station.setLatitude(new BigDecimal("40.3770001")));
    }

    @Test
    void aStationNeedsItsCoordinates() {
        assertOnlyViolation("longitude", station -> station.setLongitude(null));
    }

    @Test
    void negativeVotersAreRefused() {
        assertOnlyViolation("registeredVoters", station -> station.setRegisteredVoters(-1));
    }

    @Test
    void moreVotersThanAnyStationServesAreRefused() {
        assertOnlyViolation("registeredVoters", station -> station.setRegisteredVoters(100_001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aBlankAddressIsRefused(String address) {
        assertOnlyViolation("address", station -> station.setAddress(address));
    }

    @Test
    void aMissingAddressIsRefused() {
        assertOnlyViolation("address", station -> station.setAddress(null));
    }

    @Test
    void anOverlongAddressIsRefused() {
        assertOnlyViolation("address", station -> station.setAddress("x".repeat(301)));
    }

    @Test
    void numbersStartAtOne() {
        assertOnlyViolation("constituencyNumber", station -> station.setConstituencyNumber(0));
        assertOnlyViolation("number", station -> station.setNumber(0));
        assertOnlyViolation("number", station -> station.setNumber(10_000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x", "not a url", "rtsp://", "rtsp:// 10.0.0.1/stream", "file:///dev/video0",
        "10.12.34.1:554/overview"})
    void anAddressNoEncoderOffersIsRefused(String streamUrl) {
        ConstraintViolation<StationDraft> violation = assertOnlyViolation("cameras[0].streamUrl",
                station -> station.getCameras().get(0).setStreamUrl(streamUrl));

        assertEquals("must be a stream address starting with rtsp://, rtsps://, http://, https://, srt://, udp:// or"
                + " rtmp://", violation.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rtsp://10.12.34.1:554/overview", "rtsps://cam.cec.az/12-34", "http://127.0.0.1:8090/cameras/12-34-overview",
        "https://cdn.example.az/12-34/index.m3u8", "srt://10.0.0.5:9000?streamid=12-34", "udp://239.0.0.1:1234",
        "rtmp://live.example.az/app/12-34"})
    void theStreamsEncodersOfferAreAccepted(String streamUrl) {
        StationDraft station = nasimiSchool();
        station.getCameras().get(0).setStreamUrl(streamUrl);

        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void aCameraNeedsAStreamAndARole() {
        assertOnlyViolation("cameras[1].streamUrl", station -> station.getCameras().get(1).setStreamUrl(null));
        assertOnlyViolation("cameras[1].role", station -> station.getCameras().get(1).setRole(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baku/Cam1", "cec/baku/12-34 overview", "hunter2!", "-leading-dash", ".hidden"})
    void aCredentialRefThatLooksLikeAPasswordIsRefused(String credentialRef) {
        ConstraintViolation<StationDraft> violation = assertOnlyViolation("cameras[0].credentialRef",
                station -> station.getCameras().get(0).setCredentialRef(credentialRef));

        assertEquals("must name a secret with lower-case letters, digits, '.', '_', '/' or '-' (never the password"
                + " itself)", violation.getMessage());
    }

    @Test
    void aPrivacyMaskOfPolygonsInsideThePictureIsAccepted() {
        StationDraft station = nasimiSchool();
        station.getCameras().get(0).setPrivacyMask("0,0 0.33,0 0.33,1 0,1; 0.6,0.5 0.8,0.5 0.7,0.9");

        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void aPrivacyMaskThatIsNotPolygonsSaysWhatIsWrong() {
        ConstraintViolation<StationDraft> violation = assertOnlyViolation("cameras[0].privacyMask",
                station -> station.getCameras().get(0).setPrivacyMask("0,0 0.5 1,1"));

        assertEquals("must be polygons of points x,y between 0 and 1, separated by \";\": '0.5' is not a point x,y",
                violation.getMessage());
        assertOnlyViolation("cameras[0].privacyMask",
                station -> station.getCameras().get(0).setPrivacyMask("0,0 1.2,0 1,1"));
    }

    @Test
    void aBlankCredentialRefMeansNoLogin() {
        StationDraft station = nasimiSchool();
        station.getCameras().get(0).setCredentialRef("  ");

        assertNull(station.getCameras().get(0).getCredentialRef());
        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void twoCamerasInTheSameRoleAreRefused() {
        ConstraintViolation<StationDraft> violation = assertOnlyViolation("oneCameraPerRole",
                station -> station.getCameras().add(new CameraDraft(CameraRole.OVERVIEW, "rtsp://10.12.34.3/second")));

        assertEquals("a station has at most one camera per role", violation.getMessage());
    }

    @Test
    void oneCameraInEachRoleIsAccepted() {
        StationDraft station = nasimiSchool();
        station.getCameras().add(new CameraDraft(CameraRole.COUNT_TABLE, "rtsp://10.12.34.3/count"));

        assertEquals(Set.of(), violatedProperties(station));
    }

    @Test
    void severalProblemsAreAllReported() {
        StationDraft station = nasimiSchool();
        station.setLatitude(new BigDecimal("91"));
        station.setRegisteredVoters(-5);
        station.setAddress("");
        station.getCameras().get(1).setStreamUrl("ftp://x");

        assertEquals(Set.of("latitude", "registeredVoters", "address", "cameras[1].streamUrl"),
                violatedProperties(station));
    }

    /** Station 12-34 of the Nasimi constituency: an overview and a ballot box camera. */
    private static StationDraft nasimiSchool() {
        StationDraft station = new StationDraft();
        station.setConstituencyNumber(12);
        station.setNumber(34);
        station.setAddress("School No. 132, 12 Fuzuli street, Nasimi");
        station.setLatitude(new BigDecimal("40.377000"));
        station.setLongitude(new BigDecimal("49.842000"));
        station.setRegisteredVoters(1_250);
        CameraDraft overview = new CameraDraft(CameraRole.OVERVIEW, "rtsp://10.12.34.1:554/overview");
        overview.setCredentialRef("cec/baku/12-34.overview");
        station.getCameras().add(overview);
        station.getCameras().add(new CameraDraft(CameraRole.BALLOT_BOX, "rtsp://10.12.34.2:554/ballot_box"));
        return station;
    }

    private ConstraintViolation<StationDraft> assertOnlyViolation(String property, Consumer<StationDraft> change) {
        StationDraft station = nasimiSchool();
        change.accept(station);

        Set<ConstraintViolation<StationDraft>> violations = validator.validate(station);

        assertEquals(Set.of(property), properties(violations), violations::toString);
        assertEquals(1, violations.size(), violations::toString);
        return violations.iterator().next();
    }

    private Set<String> violatedProperties(StationDraft station) {
        return properties(validator.validate(station));
    }

    private static Set<String> properties(Set<ConstraintViolation<StationDraft>> violations) {
        return violations.stream().map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
