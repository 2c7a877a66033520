package org.pollcam.registry.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.pollcam.registry.entity.CameraDraft;
import org.pollcam.registry.entity.CameraRole;
import org.pollcam.registry.entity.StationDraft;

/**
 * A country-sized registry for development, demos, tests and benchmarks: 14 regions, 125 constituencies, 5,500
 * polling stations, webcams in 1,000 of them (at least one per constituency, 1 or 2 cameras each). The same seed
 * always yields the same country, so a test or a benchmark can rely on its numbers.
 */
public final class DemoCountry {

    public static final int CONSTITUENCIES = 125;
    public static final int STATIONS = 5_500;
    public static final int STATIONS_WITH_CAMERAS = 1_000;
    public static final long SEED = 2008;

    private record District(String name, int constituencies) {
    }

    private record DemoRegion(String name, double latitude, double longitude, List<District> districts) {
    }

    private static final List<DemoRegion> REGIONS = List.of(
            region("Baku", 40.41, 49.87, "Binagadi:3", "Garadagh:3", "Khazar:3", "Khatai:3", "Narimanov:3",
                    "Nasimi:3", "Nizami:3", "Pirallahi:3", "Sabail:3", "Sabunchu:3", "Surakhani:3", "Yasamal:3"),
            region("Absheron-Khizi", 40.58, 49.65, "Sumgait:3", "Absheron:2", "Khizi:1"),
            region("Nakhchivan", 39.21, 45.41, "Nakhchivan City:2", "Sharur:1", "Babek:1", "Ordubad:1", "Julfa:1",
                    "Shahbuz:1", "Kangarli:1", "Sadarak:1"),
            region("Ganja-Dashkasan", 40.68, 46.36, "Ganja:3", "Dashkasan:1", "Goygol:1", "Samukh:1", "Goranboy:1",
                    "Naftalan:1"),
            region("Gazakh-Tovuz", 41.03, 45.55, "Gazakh:1", "Aghstafa:1", "Tovuz:1", "Shamkir:2", "Gadabay:1"),
            region("Shaki-Zagatala", 41.40, 47.00, "Shaki:2", "Zagatala:1", "Balakan:1", "Gakh:1", "Oghuz:1",
                    "Gabala:1"),
            region("Guba-Khachmaz", 41.36, 48.51, "Guba:2", "Gusar:1", "Khachmaz:2", "Shabran:1", "Siyazan:1"),
            region("Mountainous Shirvan", 40.63, 48.64, "Shamakhi:1", "Ismayilli:1", "Agsu:1", "Gobustan:1"),
            region("Central Aran", 40.60, 47.15, "Mingachevir:2", "Yevlakh:1", "Aghdash:1", "Goychay:1", "Ujar:1",
                    "Zardab:1", "Barda:2", "Tartar:1"),
            region("Mil-Mughan", 39.95, 47.85, "Imishli:1", "Beylagan:1", "Saatli:1", "Sabirabad:2",
                    "Aghjabadi:1"),
            region("Shirvan-Salyan", 39.93, 48.92, "Shirvan:2", "Salyan:2", "Neftchala:1", "Hajigabul:1"),
            region("Lankaran-Astara", 38.75, 48.85, "Lankaran:2", "Astara:1", "Lerik:1", "Yardimli:1",
                    "Masalli:2", "Jalilabad:2"),
            region("Karabakh", 39.75, 46.75, "Khankendi:1", "Shusha:1", "Aghdam:1", "Fuzuli:1", "Khojaly:1",
                    "Khojavend:1"),
            region("East Zangezur", 39.30, 46.60, "Jabrayil:1", "Kalbajar:1", "Lachin:1", "Gubadli:1",
                    "Zangilan:1"));

    private static final String[] STREETS = {"Nizami", "Fuzuli", "Khagani", "Samad Vurgun", "Azadlig",
        "Istiglaliyyat", "Uzeyir Hajibeyov", "Rasul Rza", "Natavan", "Huseyn Javid", "Mirza Fatali Akhundov",
        "Sabir", "Vagif", "Bulbul", "Neftchilar", "Ganjavi", "Shah Ismayil Khatai", "Jafar Jabbarli"};
    private static final String[] BUILDINGS = {"School No. %d", "Secondary school No. %d", "Culture house",
        "Central library", "Youth centre", "Music school No. %d", "Village club", "Lyceum No. %d"};
    private static final String[] ORDINALS = {"I", "II", "III"};

    private DemoCountry() {
    }

    private static DemoRegion region(String name, double latitude, double longitude, String... districts) {
        return new DemoRegion(name, latitude, longitude, List.of(districts).stream().map(district -> {
            String[] parts = district.split(":");
            return new District(parts[0], Integer.parseInt(parts[1]));
        }).toList());
    }

    /**
     * The country's stations as registry rows, constituency by constituency; each camera's stream is an HLS playlist
     * below {@code streamBase}, {@code <streamBase>/<station code>-<role>/index.m3u8}, as the camera simulator serves it.
     */
    public static List<StationRow> stations(String streamBase) {
        Random random = new Random(SEED);
        int[] perConstituency = stationsPerConstituency(random);
        Set<String> withCameras = stationsWithCameras(perConstituency, random);
        List<StationRow> rows = new ArrayList<>(STATIONS);
        int constituencyNumber = 0;
        long line = 2;
        for (DemoRegion region : REGIONS) {
            for (District district : region.districts()) {
                double districtLatitude = region.latitude() + (random.nextDouble() - 0.5) * 0.5;
                double districtLongitude = region.longitude() + (random.nextDouble() - 0.5) * 0.6;
                for (int part = 0; part < district.constituencies(); part++) {
                    constituencyNumber++;
                    String constituencyName = district.constituencies() == 1
                            ? district.name() : district.name() + " " + ORDINALS[part];
                    for (int number = 1; number <= perConstituency[constituencyNumber - 1]; number++) {
                        StationDraft station = new StationDraft();
                        station.setConstituencyNumber(constituencyNumber);
                        station.setNumber(number);
                        station.setAddress(address(random, district.name()));
                        station.setLatitude(degrees(districtLatitude + (random.nextDouble() - 0.5) * 0.12));
                        station.setLongitude(degrees(districtLongitude + (random.nextDouble() - 0.5) * 0.15));
                        station.setRegisteredVoters(300 + random.nextInt(1_201));
                        String code = constituencyNumber + "-" + number;
                        if (withCameras.contains(code)) {
                            station.getCameras().add(camera(streamBase, code, CameraRole.OVERVIEW));
                            if (random.nextInt(10) < 6) {
                                station.getCameras().add(camera(streamBase, code, CameraRole.BALLOT_BOX));
                            }
                        }
                        rows.add(new StationRow(line++, region.name(), constituencyName, station));
                    }
                }
            }
        }
        return rows;
    }

    /** 44 stations on average; neighbours trade a few so that sizes vary while the total stays 5,500. */
    private static int[] stationsPerConstituency(Random random) {
        int[] sizes = new int[CONSTITUENCIES];
        java.util.Arrays.fill(sizes, STATIONS / CONSTITUENCIES);
        for (int i = 0; i + 1 < CONSTITUENCIES; i += 2) {
            int traded = random.nextInt(13);
            sizes[i] += traded;
            sizes[i + 1] -= traded;
        }
        return sizes;
    }

    /** One station in every constituency first, so cameras cover the whole country, then the rest at random. */
    private static Set<String> stationsWithCameras(int[] perConstituency, Random random) {
        Set<String> chosen = new HashSet<>();
        List<String> others = new ArrayList<>();
        for (int c = 1; c <= CONSTITUENCIES; c++) {
            int first = 1 + random.nextInt(perConstituency[c - 1]);
            chosen.add(c + "-" + first);
            int constituency = c;
            IntStream.rangeClosed(1, perConstituency[c - 1]).filter(n -> n != first)
                    .forEach(n -> others.add(constituency + "-" + n));
        }
        Collections.shuffle(others, random);
        chosen.addAll(others.subList(0, STATIONS_WITH_CAMERAS - CONSTITUENCIES));
        return chosen;
    }

    private static String address(Random random, String district) {
        String building = String.format(Locale.ROOT, BUILDINGS[random.nextInt(BUILDINGS.length)],
                1 + random.nextInt(300));
        return building + ", " + (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)]
                + " street, " + district;
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    private static CameraDraft camera(String streamBase, String code, CameraRole role) {
        return new CameraDraft(role, streamBase + "/" + code + "-" + role.name().toLowerCase(Locale.ROOT)
                + "/index.m3u8");
    }
}
