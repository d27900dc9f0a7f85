//! "Biên lai thu phí, lệ phí điện tử": what an electronic receipt of a paid fee notice says, and
//! the same receipt drawn as a PDF (the routes in `super::routes` serve it as a printable page and
//! as this PDF).
//!
//! The PDF embeds a subset of DejaVu Serif (app/assets/fonts, Bitstream Vera licence): the
//! standard PDF fonts have no Vietnamese letters, and a receipt must read the same on every reader.

use krilla::{
    Document,
    geom::{PathBuilder, Point},
    metadata::Metadata,
    page::PageSettings,
    paint::{Fill, Stroke},
    text::{Font, TextDirection},
};
use skrifa::{FontRef, MetadataProvider, instance::LocationRef};
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Bold.ttf");

/// What a receipt says, read once for both forms.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub number: String,
    pub agency: String,
    pub agency_address: String,
    pub payer: String,
    pub dossier_code: String,
    pub procedure: String,
    pub items: Vec<(String, i64)>,
    pub total: i64,
    pub gateway: String,
    pub gateway_txn: String,
    pub issued: String,
}

/// A face: krilla's font (to draw) and the same bytes read by skrifa (to measure).
struct Face {
    font: Font,
    data: &'static [u8],
}

static FACES: LazyLock<Option<(Face, Face)>> = LazyLock::new(|| {
    let face = |data: &'static [u8]| Font::new(data.into(), 0).map(|font| Face { font, data });
    Some((face(REGULAR)?, face(BOLD)?))
});

impl Face {
    /// The width of `text` at `size` points (advances; DejaVu's kerning is too small to matter
    /// for centring and wrapping).
    fn width(&self, text: &str, size: f32) -> f32 {
        let Ok(f) = FontRef::new(self.data) else {
            return 0.0;
        };
        let charmap = f.charmap();
        let metrics = f.glyph_metrics(skrifa::instance::Size::new(size), LocationRef::default());
        text.chars()
            .filter_map(|c| charmap.map(c))
            .filter_map(|g| metrics.advance_width(g))
            .sum()
    }

    /// `text` broken into lines no wider than `max` points, at spaces (a word wider than a
    /// line is left whole).
    fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && self.width(&candidate, size) > max {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// A4 in points, and the page's margins.
const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;
const SIZE: f32 = 11.0;
const LEADING: f32 = 15.0;

/// Where text goes on a line: from the left edge of a box, centred in it, or against its right.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// Pages being laid out, top to bottom.
struct Layout {
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    /// A new page when `height` more points do not fit on this one.
    fn room_for(&mut self, height: f32) {
        if self.y + height > PAGE_H - MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    /// `text` as lines across the content width, from the next line down.
    fn paragraph(&mut self, face: &'static Face, size: f32, text: &str, align: Align) {
        for line in face.wrap(&nfc(text), size, CONTENT_W) {
            self.room_for(LEADING);
            self.y += LEADING;
            self.push(Op::text(face, size, MARGIN, CONTENT_W, self.y, line, align));
        }
    }

    /// A table row of three cells (the first spanning two columns when `widths[1]` is 0),
    /// each wrapped in its column, framed.
    fn row(&mut self, widths: [f32; 3], cells: [(&'static Face, String, Align); 3]) {
        let pad = 5.0;
        let lines: Vec<Vec<String>> = cells
            .iter()
            .zip(widths)
            .map(|((face, text, _), w)| {
                if w > 0.0 {
                    face.wrap(&nfc(text), SIZE, w - 2.0 * pad)
                } else {
                    Vec::new()
                }
            })
            .collect();
        let height =
            lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * LEADING + 2.0 * pad - 2.0;
        self.room_for(height);
        let top = self.y;
        let mut x = MARGIN;
        for (i, w) in widths.into_iter().enumerate() {
            if w <= 0.0 {
                continue;
            }
            let (face, _, align) = &cells[i];
            for (n, line) in lines[i].iter().enumerate() {
                let base = top + pad + LEADING * (n as f32 + 1.0) - 3.0;
                self.push(Op::text(
                    face,
                    SIZE,
                    x + pad,
                    w - 2.0 * pad,
                    base,
                    line.clone(),
                    *align,
                ));
            }
            self.push(Op::Rect {
                x,
                y: top,
                w,
                h: height,
            });
            x += w;
        }
        self.y = top + height;
    }
}

const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;

/// The receipt as an A4 PDF (one page; a long list of items goes on to further pages).
pub fn render_pdf(r: &Receipt) -> Result<Vec<u8>, String> {
    let (regular, bold) = FACES.as_ref().ok_or("the embedded font cannot be read")?;
    let mut at = Layout {
        pages: vec![Vec::new()],
        y: MARGIN,
    };
    let half = CONTENT_W / 2.0;
    let small = SIZE - 1.0;

    // The heading: the agency (left) and the national motto (right), each centred in its half.
    let mut y_left = at.y;
    for (face, text) in [(bold, &r.agency), (regular, &r.agency_address)] {
        for line in face.wrap(&nfc(text), small, half - 8.0) {
            y_left += LEADING;
            at.push(Op::text(
                face,
                small,
                MARGIN,
                half - 8.0,
                y_left,
                line,
                Align::Centre,
            ));
        }
    }
    let mut y_right = at.y;
    for text in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ] {
        y_right += LEADING;
        at.push(Op::text(
            bold,
            small,
            MARGIN + half,
            half,
            y_right,
            text.into(),
            Align::Centre,
        ));
    }
    at.y = y_left.max(y_right) + LEADING;

    at.paragraph(
        bold,
        15.0,
        "BIÊN LAI THU PHÍ, LỆ PHÍ ĐIỆN TỬ",
        Align::Centre,
    );
    at.y += 4.0;
    at.paragraph(regular, SIZE, &format!("Số: {}", r.number), Align::Centre);
    at.y += LEADING / 2.0;
    at.paragraph(
        regular,
        SIZE,
        &format!("Người nộp: {}", r.payer),
        Align::Left,
    );
    at.paragraph(
        regular,
        SIZE,
        &format!("Hồ sơ: {} – {}", r.dossier_code, r.procedure),
        Align::Left,
    );
    at.y += LEADING;

    // The table: STT, Nội dung, Số tiền, then "Tổng cộng".
    let (c1, c3) = (40.0, 110.0);
    let columns = [c1, CONTENT_W - c1 - c3, c3];
    at.row(
        columns,
        [
            (bold, "STT".into(), Align::Centre),
            (bold, "Nội dung".into(), Align::Left),
            (bold, "Số tiền".into(), Align::Right),
        ],
    );
    for (i, (name, amount)) in r.items.iter().enumerate() {
        at.row(
            columns,
            [
                (regular, (i + 1).to_string(), Align::Centre),
                (regular, name.clone(), Align::Left),
                (regular, crate::catalog::format_vnd(*amount), Align::Right),
            ],
        );
    }
    at.row(
        [columns[0] + columns[1], 0.0, c3],
        [
            (bold, "Tổng cộng".into(), Align::Left),
            (bold, String::new(), Align::Left),
            (bold, crate::catalog::format_vnd(r.total), Align::Right),
        ],
    );
    at.y += LEADING / 2.0;
    at.paragraph(
        regular,
        SIZE,
        &format!(
            "Hình thức thanh toán: trực tuyến qua {}; mã giao dịch của cổng thanh toán: {}",
            r.gateway, r.gateway_txn
        ),
        Align::Left,
    );
    at.paragraph(
        regular,
        SIZE,
        &format!("Thời điểm thu: {}", r.issued),
        Align::Left,
    );

    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(format!("Biên lai thu phí, lệ phí điện tử {}", r.number))
            .language("vi".to_string()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
    for ops in at.pages {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    face,
                    size,
                    x,
                    y,
                    text,
                } => {
                    surface.set_fill(Some(Fill::default()));
                    surface.set_stroke(None);
                    surface.draw_text(
                        Point::from_xy(x, y),
                        face.font.clone(),
                        size,
                        &text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Rect { x, y, w, h } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(x, y);
                    pb.line_to(x + w, y);
                    pb.line_to(x + w, y + h);
                    pb.line_to(x, y + h);
                    pb.close();
                    if let Some(path) = pb.finish() {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            width: 0.6,
                            ..Stroke::default()
                        }));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|e| format!("{e:?}"))
}

/// Something drawn on a page.
enum Op {
    Text {
        face: &'static Face,
        size: f32,
        x: f32,
        y: f32,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

impl Op {
    /// `text` on the baseline `y`, in the box from `x` `w` wide, aligned.
    fn text(
        face: &'static Face,
        size: f32,
        x: f32,
        w: f32,
        y: f32,
        text: String,
        align: Align,
    ) -> Op {
        let width = face.width(&text, size);
        let x = match align {
            Align::Left => x,
            Align::Centre => x + (w - width).max(0.0) / 2.0,
            Align::Right => x + (w - width).max(0.0),
        };
        Op::Text {
            face,
            size,
            x,
            y,
            text,
        }
    }
}

/// Text as one code point per letter: names typed on some keyboards arrive decomposed, and
/// the font's precomposed Vietnamese letters are the ones that look right.
fn nfc(s: &str) -> String {
    s.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Receipt {
        Receipt {
            number: "BL-20261207103000-12345678".into(),
            agency: "Ủy ban nhân dân phường Nha Trang".into(),
            agency_address: "01 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa".into(),
            payer: "Tra\u{0302}\u{0300}n Thị Thu".into(),
            dossier_code: "H34.66-261207-0001".into(),
            procedure: "Đăng ký khai sinh".into(),
            items: vec![("Lệ phí đăng ký khai sinh quá hạn".into(), 8_000)],
            total: 8_000,
            gateway: "Cổng thanh toán thử nghiệm".into(),
            gateway_txn: "14712345".into(),
            issued: "10:30 07/12/2026".into(),
        }
    }

    #[test]
    fn the_pdf_is_a_pdf_with_the_font_embedded_and_subset() {
        let bytes = render_pdf(&sample()).expect("rendered");
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.ends_with(b"%%EOF\n") || bytes.ends_with(b"%%EOF"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/FontFile2"), "the TrueType font is embedded");
        assert!(text.contains("DejaVuSerif"), "the font is named");
        // Subset: far smaller than the two fonts it embeds (about 730 KB together).
        assert!(bytes.len() < 120_000, "{} bytes", bytes.len());
    }

    #[test]
    fn decomposed_vietnamese_is_drawn_precomposed() {
        assert_eq!(nfc("Tra\u{0302}\u{0300}n"), "Trần");
        let (regular, _) = FACES.as_ref().unwrap();
        // Every letter of the Vietnamese alphabet, with its tones, has a glyph.
        let f = FontRef::new(regular.data).unwrap();
        for c in "ẠảẤầẨẫẬắẰẳẴặẸẻẼếỀểỄệỈịỌỏỐồỔỗỘớỜởỠợỤủỨừỬữỰỳỴỷỸđĐơƠưƯ".chars()
        {
            assert!(f.charmap().map(c).is_some(), "no glyph for {c}");
        }
    }

    #[test]
    fn long_text_wraps_within_the_width() {
        let (regular, _) = FACES.as_ref().unwrap();
        let text = "Lệ phí cấp bản sao trích lục hộ tịch và phí thẩm định hồ sơ đăng ký khai sinh có yếu tố nước ngoài";
        let lines = regular.wrap(text, SIZE, 200.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(regular.width(line, SIZE) <= 200.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }
}
