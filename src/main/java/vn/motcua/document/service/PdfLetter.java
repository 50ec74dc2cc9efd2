package vn.motcua.document.service;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A one-page A4 letter of the center: centred headings, a title, labelled fields, lists, paragraphs and a
 * QR code drawn as vector squares (sharp at any print resolution). Vietnamese is set in Noto Sans,
 * embedded as a subset, so every viewer and printer shows the same diacritics.
 */
public final class PdfLetter {

    private static final float MARGIN = 56;
    private static final float TEXT = 11;
    private static final float LEADING = 1.45f;
    private static final float QR_SIZE = 120;

    private interface Block {
    }

    private record Centered(String text, float size, boolean bold) implements Block {
    }

    private record Field(String label, String value) implements Block {
    }

    private record Items(String label, List<String> items) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();
    private String qrContent;
    private String qrCaption;

    public PdfLetter heading(String text) {
        blocks.add(new Centered(text, TEXT, true));
        return this;
    }

    public PdfLetter title(String text) {
        blocks.add(new Centered(text, 15, true));
        return this;
    }

    public PdfLetter field(String label, String value) {
        blocks.add(new Field(label, value == null ? "" : value));
        return this;
    }

    public PdfLetter items(String label, List<String> items) {
        blocks.add(new Items(label, items));
        return this;
    }

    public PdfLetter paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** A QR code at the top right, with a caption under it. */
    public PdfLetter qr(String content, String caption) {
        this.qrContent = content;
        this.qrCaption = caption;
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "NotoSans-Regular.ttf");
            PDFont bold = font(document, "NotoSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float textRight = width - MARGIN;
                if (qrContent != null) {
                    drawQr(out, width - MARGIN - QR_SIZE, y - QR_SIZE);
                    float captionY = y - QR_SIZE - 12;
                    for (String line : wrap(qrCaption, regular, 8, QR_SIZE)) {
                        write(out, regular, 8, width - MARGIN - QR_SIZE, captionY, line);
                        captionY -= 8 * LEADING;
                    }
                    textRight = width - MARGIN - QR_SIZE - 16;
                }
                for (Block block : blocks) {
                    float right = y > page.getMediaBox().getHeight() - MARGIN - QR_SIZE - 40 ? textRight : width - MARGIN;
                    if (block instanceof Centered c) {
                        y = centered(out, c.bold() ? bold : regular, c.size(), MARGIN, right, y, c.text());
                    } else if (block instanceof Field f) {
                        y = labelled(out, bold, regular, MARGIN, right, y, f.label(), f.value());
                    } else if (block instanceof Items i) {
                        y = items(out, bold, regular, MARGIN, right, y, i.label(), i.items());
                    } else if (block instanceof Paragraph p) {
                        y = lines(out, regular, TEXT, MARGIN, right, y, p.text()) - TEXT * 0.5f;
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfLetter.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is not on the class path");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private float centered(PDPageContentStream out, PDFont font, float size, float left, float right, float y,
            String text) throws IOException {
        for (String line : wrap(text, font, size, right - left)) {
            float lineWidth = font.getStringWidth(line) / 1000 * size;
            write(out, font, size, left + (right - left - lineWidth) / 2, y, line);
            y -= size * LEADING;
        }
        return y - size * 0.4f;
    }

    private float labelled(PDPageContentStream out, PDFont bold, PDFont regular, float left, float right, float y,
            String label, String value) throws IOException {
        String prefix = label + ": ";
        float indent = bold.getStringWidth(prefix) / 1000 * TEXT;
        write(out, bold, TEXT, left, y, prefix);
        List<String> lines = wrap(value, regular, TEXT, right - left - indent);
        for (int i = 0; i < lines.size(); i++) {
            write(out, regular, TEXT, left + indent, y, lines.get(i));
            y -= TEXT * LEADING;
        }
        return lines.isEmpty() ? y - TEXT * LEADING : y;
    }

    private float items(PDPageContentStream out, PDFont bold, PDFont regular, float left, float right, float y,
            String label, List<String> items) throws IOException {
        write(out, bold, TEXT, left, y, label + ":");
        y -= TEXT * LEADING;
        for (int i = 0; i < items.size(); i++) {
            String number = (i + 1) + ". ";
            float indent = 14 + regular.getStringWidth(number) / 1000 * TEXT;
            write(out, regular, TEXT, left + 14, y, number);
            y = lines(out, regular, TEXT, left + indent, right, y, items.get(i));
        }
        return y;
    }

    private float lines(PDPageContentStream out, PDFont font, float size, float left, float right, float y,
            String text) throws IOException {
        for (String line : wrap(text, font, size, right - left)) {
            write(out, font, size, left, y, line);
            y -= size * LEADING;
        }
        return y;
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Greedy word wrap within {@code width} points. */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void drawQr(PDPageContentStream out, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(qrContent, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the QR code: " + e.getMessage(), e);
        }
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        out.fill();
    }
}
