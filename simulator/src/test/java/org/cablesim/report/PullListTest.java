package org.cablesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pull list of {@link PlantFilesTest}'s plan. By hand: row R01 holds every cable whose lower end is in it — the
 * 16 server–leaf trunks (10 m), the 16 leaf–spine trunks (20 m, lower end at the leaf rack R01-09), the 192 server
 * cords, the 192 leaf cords of the server–leaf links and the 192 leaf cords of the leaf–spine links (2 m): 608; row
 * R02 the 192 spine cords. Longest first: R01 opens with the 20 m trunks, then the 10 m trunks, then the cords.
 */
class PullListTest {
    static List<String[]> rows;

    @BeforeAll
    static void write() throws Exception {
        PlantFilesTest.route();
        StringWriter w = new StringWriter();
        PullList.write(PlantFilesTest.plan, new Csv(w));
        rows = w.toString().lines().map(l -> l.split(",", -1)).toList();
    }

    @Test
    void oneRowPerCableGroupedByRowLongestFirst() throws IOException {
        assertEquals("row,order,cable,label,kind,tier,connector,fibres,polarity_type,length_m,from,to",
                String.join(",", rows.get(0)));
        List<String[]> body = rows.subList(1, rows.size());
        assertEquals(32 + 768, body.size());
        assertEquals(608, body.stream().filter(r -> r[0].equals("R01")).count());
        assertEquals(192, body.stream().filter(r -> r[0].equals("R02")).count());
        // R01: order 1..16 the 20 m leaf-spine trunks, 17..32 the 10 m server-leaf trunks, then 2 m cords
        assertEquals(List.of("R01", "1", "trunk", "leaf-spine", "20"), List.of(body.get(0)[0], body.get(0)[1],
                body.get(0)[4], body.get(0)[5], body.get(0)[9]));
        assertEquals("20", body.get(15)[9]);
        assertEquals("10", body.get(16)[9]);
        assertEquals("server-leaf", body.get(16)[5]);
        assertEquals("cord", body.get(32)[4]);
        // order restarts at 1 in each row; lengths never grow within a row; ties by cable id
        String row = "";
        double last = Double.MAX_VALUE;
        String lastId = "";
        for (int i = 0; i < body.size(); i++) {
            String[] r = body.get(i);
            if (!r[0].equals(row)) {
                assertEquals("1", r[1]);
                row = r[0];
                last = Double.MAX_VALUE;
                lastId = "";
            }
            double len = Double.parseDouble(r[9]);
            assertTrue(len < last || len == last && r[2].compareTo(lastId) > 0, "row " + i);
            last = len;
            lastId = r[2];
        }
    }

    @Test
    void theRowIsTheLabelUpToItsFirstDash() {
        assertEquals("R01", PullList.row("R01-09.U42.01"));
        assertEquals("AB12", PullList.row("AB12-C03.su01-srv001:3"));
    }
}
