package org.rationalnets.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPlotTest {

    /** Parses with the JDK's XML parser; throws if the text is not well-formed XML. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element with data-x/data-y, as "x,y". */
    static List<String> plotted(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-x")) {
                out.add(e.getAttribute("data-x") + "," + e.getAttribute("data-y"));
            }
        }
        return out;
    }

    @Test
    void linearAxesMapTheDataRangeOntoThePlotArea() {
        SvgPlot p = new SvgPlot("t", "x", SvgPlot.Scale.LINEAR, "y", SvgPlot.Scale.LINEAR)
                .add(new SvgPlot.Series("s", "red", SvgPlot.Marker.DOT, List.of(new SvgPlot.Point(0, 0, "a"), new SvgPlot.Point(7, 3, "b"))));
        // x: 0..10 (7 rounded up to 10), y: 0..5; plot area x 70..510, y 460..40.
        assertThat(p.xRange()).containsExactly(0, 10);
        assertThat(p.yRange()).containsExactly(0, 5);
        assertThat(p.pixelX(0)).isEqualTo(70.0);
        assertThat(p.pixelX(10)).isEqualTo(510.0);
        assertThat(p.pixelX(5)).isEqualTo(290.0);
        assertThat(p.pixelY(0)).isEqualTo(460.0);
        assertThat(p.pixelY(5)).isEqualTo(40.0);
        assertThat(p.render()).contains("<circle cx=\"378.00\" cy=\"208.00\"");
    }

    @Test
    void logAxesSpanWholeDecades() {
        SvgPlot p = new SvgPlot("t", "x", SvgPlot.Scale.LOG, "y", SvgPlot.Scale.LOG)
                .add(new SvgPlot.Series("s", "red", SvgPlot.Marker.RING, List.of(new SvgPlot.Point(3, 2, "a"), new SvgPlot.Point(250, 40, "b"))));
        assertThat(p.xRange()).containsExactly(1, 1000);
        assertThat(p.yRange()).containsExactly(1, 100);
        assertThat(p.pixelX(10)).isCloseTo(70 + 440.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.pixelY(10)).isCloseTo(250.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> p.add(new SvgPlot.Series("bad", "red", SvgPlot.Marker.DOT, List.of(new SvgPlot.Point(0, 1, "z")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive on a log axis");
    }

    @Test
    void theDocumentIsWellFormedXmlAndHoldsEveryPointOnce() throws Exception {
        List<SvgPlot.Point> pts = List.of(new SvgPlot.Point(1, 1, "(1,1,1) <a & b> \"q\" 'r'"), new SvgPlot.Point(4, 4, "(2,2,1)"),
                new SvgPlot.Point(15, 9, "(3,3,1)"));
        SvgPlot p = new SvgPlot("dim & amb <test>", "amb", SvgPlot.Scale.LOG, "dim", SvgPlot.Scale.LOG)
                .add(new SvgPlot.Line("diagonal", "#444", new SvgPlot.Point(1, 1, ""), new SvgPlot.Point(10, 10, ""), true))
                .add(new SvgPlot.Series("dots", "#2ca02c", SvgPlot.Marker.DOT, pts.subList(0, 2)))
                .add(new SvgPlot.Series("crosses", "#d62728", SvgPlot.Marker.CROSS, pts.subList(2, 3)));
        String svg = p.render();
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(plotted(doc)).containsExactly("1,1", "4,4", "15,9");
        assertThat(svg).contains("&lt;a &amp; b&gt; &quot;q&quot; &apos;r&apos;").contains("stroke-dasharray");
        assertThat(svg).isEqualTo(p.render());
    }

    @Test
    void escapeAndNumberFormat() {
        assertThat(SvgPlot.escape("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;");
        assertThat(SvgPlot.g(12.0)).isEqualTo("12");
        assertThat(SvgPlot.g(2.5)).isEqualTo("2.5");
    }
}
