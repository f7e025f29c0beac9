package org.roundtable.accounts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** QR codes as small, CSP-safe, accessible SVG: one module per user unit, scaled by the viewBox. */
public final class QrCodes {
  /** The quiet zone the QR spec asks for, in modules. */
  public static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      // M survives ~15% damage: enough for a creased printout without making the code denser.
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, QUIET_ZONE);

  private QrCodes() {}

  /**
   * An SVG of {@code url} labelled {@code ariaLabel}. Only presentation attributes, no style or script,
   * so it passes a strict Content-Security-Policy when inlined.
   */
  public static String svg(String url, String ariaLabel) {
    BitMatrix matrix = encode(url);
    int size = matrix.getWidth();
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + ' ' + size
        + "\" role=\"img\" aria-label=\"" + escapeXml(ariaLabel) + "\">"
        + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
        // crispEdges keeps adjacent rows from showing hairline seams when scaled.
        + "<path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"" + darkRuns(matrix) + "\"/>"
        + "</svg>";
  }

  private static BitMatrix encode(String url) {
    try {
      // Size 0 asks for the bare matrix: one pixel per module, quiet zone included.
      return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      // The URL carries a secret code: say how long it was, not what it was.
      throw new IllegalArgumentException("cannot encode " + url.length() + " characters as a QR code", e);
    }
  }

  /** One rectangle per horizontal run of dark modules, all in a single path: far fewer bytes than a rect per module. */
  private static String darkRuns(BitMatrix matrix) {
    var d = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (!matrix.get(x, y)) {
          continue;
        }
        int start = x;
        while (x + 1 < matrix.getWidth() && matrix.get(x + 1, y)) {
          x++;
        }
        int run = x - start + 1;
        d.append('M').append(start).append(' ').append(y)
            .append('h').append(run).append("v1h-").append(run).append('z');
      }
    }
    return d.toString();
  }

  private static String escapeXml(String text) {
    var out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        // Control characters are not allowed in XML 1.0 at all, escaped or not.
        default -> out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }
}
