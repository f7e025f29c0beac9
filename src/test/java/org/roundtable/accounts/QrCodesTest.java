package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodesTest {
  private static final String URL = "https://example.org/join?code=KQ7MX3PDA";
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
  private static final int SCALE = 4;

  private final String svg = QrCodes.svg(URL, "QR code for invitation KQ7-MX3-PDA");

  @Test
  void svgDecodesBackToTheUrlAtErrorCorrectionLevelM() throws Exception {
    Result result = decode(svg);
    assertEquals(URL, result.getText());
    assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
  }

  @Test
  void darkModulesAreOnePathOfMergedRowRunsInsideAQuietZone() {
    assertEquals(1, svg.split("<path", -1).length - 1);
    String d = svg.replaceFirst("(?s).* d=\"([^\"]*)\".*", "$1");
    int size = viewBoxSize(svg);
    int runs = 0;
    boolean merged = false;
    Matcher run = RUN.matcher(d);
    for (int end = 0; run.find(); end = run.end(), runs++) {
      assertEquals(end, run.start(), "unexpected path data at " + end);
      int x = Integer.parseInt(run.group(1)), y = Integer.parseInt(run.group(2)), w = Integer.parseInt(run.group(3));
      assertTrue(x >= QrCodes.QUIET_ZONE && y >= QrCodes.QUIET_ZONE, "module in quiet zone");
      assertTrue(x + w <= size - QrCodes.QUIET_ZONE && y < size - QrCodes.QUIET_ZONE, "module in quiet zone");
      merged |= w > 1;
    }
    assertTrue(runs > 0 && merged);
  }

  @Test
  void svgIsAnAccessibleScalableImageWithEscapedLabel() {
    String tricky = QrCodes.svg(URL, "<Tom & \"Jerry's\">\n");
    assertTrue(tricky.contains("role=\"img\""));
    assertTrue(tricky.contains("aria-label=\"&lt;Tom &amp; &quot;Jerry&apos;s&quot;&gt; \""), tricky);
    assertTrue(tricky.matches("<svg [^>]*viewBox=\"0 0 \\d+ \\d+\".*"));
    assertFalse(tricky.matches("<svg [^>]*\\b(width|height)=.*"), "fixed size would stop it scaling");
  }

  @Test
  void svgHasNothingAStrictContentSecurityPolicyWouldBlock() {
    for (String banned : new String[] {"style", "<script", "javascript:", "href"}) {
      assertFalse(svg.contains(banned), banned);
    }
    assertFalse(svg.matches("(?s).*\\son[a-z]+=.*"), "event handler attribute");
    assertTrue(svg.contains("fill=\"#000\"") && svg.contains("fill=\"#fff\""));
  }

  /**
   * What a reader sees in the SVG as a browser paints it (also used on the printable sheet). The paint is clean
   * and square, so the reader is told so: without PURE_BARCODE ZXing's finder-pattern search misses about one
   * perfect code in 400, its own renders included.
   */
  static Result decode(String svg) throws Exception {
    return new QRCodeReader().decode(
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(render(svg)))),
        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
  }

  private static int viewBoxSize(String svg) {
    Matcher m = VIEW_BOX.matcher(svg);
    assertTrue(m.find());
    assertEquals(m.group(1), m.group(2));
    return Integer.parseInt(m.group(1));
  }

  /** Paints the path's runs, as a browser would, on a white canvas. */
  private static BufferedImage render(String svg) {
    int size = viewBoxSize(svg) * SCALE;
    var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.setColor(Color.BLACK);
    Matcher run = RUN.matcher(svg);
    while (run.find()) {
      g.fillRect(Integer.parseInt(run.group(1)) * SCALE, Integer.parseInt(run.group(2)) * SCALE,
          Integer.parseInt(run.group(3)) * SCALE, SCALE);
    }
    g.dispose();
    return image;
  }
}
