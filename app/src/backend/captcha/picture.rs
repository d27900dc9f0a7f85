//! The image challenge, drawn here rather than by a captcha library so that it is not the
//! picture every generic captcha reader was trained on: the five characters in DejaVu Serif,
//! regular or bold at random, each of its own size, width, slant and tilt, four in ten drawn
//! hollow (an outline), overlapping their neighbours and off a common baseline; ink lines a
//! little thinner than the strokes running through them and thin gaps cut across them (people
//! close a gap in a letter without noticing, programs read it as two shapes); the whole bent by
//! two waves, over a grainy background with specks. It is drawn at 400×140 device pixels and
//! shown at 200×70 CSS pixels: the outlines are filled with anti-aliasing, so phones get a
//! sharp image.
use skrifa::{
    FontRef, MetadataProvider,
    instance::{LocationRef, Size},
    outline::{DrawSettings, OutlinePen},
};

pub const WIDTH: usize = 400;
pub const HEIGHT: usize = 140;

/// The faces: the payments receipt's fonts (app/assets/fonts).
static FACES: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/DejaVuSerif.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSerif-Bold.ttf"),
];

type Pt = (f32, f32);

fn uniform(lo: f32, hi: f32) -> f32 {
    lo + (hi - lo) * rand::random::<f32>()
}

/// Where a point of the drawing lands in the image: two waves across the whole picture.
#[derive(Clone, Copy)]
struct Warp {
    amp: (f32, f32),
    period: (f32, f32),
    phase: (f32, f32),
}

impl Warp {
    fn random() -> Warp {
        Warp {
            amp: (uniform(3.0, 5.0), uniform(3.0, 5.0)),
            period: (uniform(24.0, 40.0), uniform(45.0, 75.0)),
            phase: (uniform(0.0, 6.3), uniform(0.0, 6.3)),
        }
    }

    fn apply(&self, (x, y): Pt) -> Pt {
        (
            x + self.amp.0 * (y / self.period.0 + self.phase.0).sin(),
            y + self.amp.1 * (x / self.period.1 + self.phase.1).sin(),
        )
    }
}

/// Collects a glyph's outline as polygons in image pixels: font units are already scaled to
/// pixels by skrifa; `place` turns the glyph (y up) into the image (y down), then the warp.
struct Pen<F: Fn(Pt) -> Pt> {
    place: F,
    polys: Vec<Vec<Pt>>,
    last: Pt,
}

impl<F: Fn(Pt) -> Pt> Pen<F> {
    fn push(&mut self, p: Pt) {
        self.last = p;
        let at = (self.place)(p);
        if let Some(poly) = self.polys.last_mut() {
            poly.push(at);
        }
    }
}

impl<F: Fn(Pt) -> Pt> OutlinePen for Pen<F> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.polys.push(Vec::new());
        self.push((x, y));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.push((x, y));
    }
    fn quad_to(&mut self, cx: f32, cy: f32, x: f32, y: f32) {
        let (x0, y0) = self.last;
        for i in 1..=8 {
            let t = i as f32 / 8.0;
            let u = 1.0 - t;
            self.push((
                u * u * x0 + 2.0 * u * t * cx + t * t * x,
                u * u * y0 + 2.0 * u * t * cy + t * t * y,
            ));
        }
    }
    fn curve_to(&mut self, c0x: f32, c0y: f32, c1x: f32, c1y: f32, x: f32, y: f32) {
        let (x0, y0) = self.last;
        for i in 1..=12 {
            let t = i as f32 / 12.0;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            self.push((
                a * x0 + b * c0x + c * c1x + d * x,
                a * y0 + b * c0y + c * c1y + d * y,
            ));
        }
    }
    fn close(&mut self) {}
}

/// Coverage (0 to 1) of the shape made of `polys` (non-zero winding), with four sub-rows
/// per pixel row and exact horizontal coverage, combined into `mask` by maximum.
fn fill(polys: &[Vec<Pt>], mask: &mut [f32]) {
    const SUB: usize = 4;
    let mut row = vec![0f32; WIDTH];
    let mut crossings: Vec<(f32, i32)> = Vec::new();
    let (lo, hi) = polys
        .iter()
        .flatten()
        .fold((f32::MAX, f32::MIN), |(lo, hi), p| {
            (lo.min(p.1), hi.max(p.1))
        });
    if lo > hi {
        return;
    }
    let first = (lo.floor().max(0.0)) as usize;
    let last = (hi.ceil().min(HEIGHT as f32)) as usize;
    for y in first..last {
        row.iter_mut().for_each(|c| *c = 0.0);
        for s in 0..SUB {
            let sy = y as f32 + (s as f32 + 0.5) / SUB as f32;
            crossings.clear();
            for poly in polys {
                for (i, a) in poly.iter().enumerate() {
                    let b = poly[(i + 1) % poly.len()];
                    if (a.1 <= sy) != (b.1 <= sy) {
                        let x = a.0 + (sy - a.1) / (b.1 - a.1) * (b.0 - a.0);
                        crossings.push((x, if b.1 > a.1 { 1 } else { -1 }));
                    }
                }
            }
            crossings.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut winding = 0;
            for w in crossings.windows(2) {
                winding += w[0].1;
                if winding != 0 {
                    span(&mut row, w[0].0, w[1].0, 1.0 / SUB as f32);
                }
            }
        }
        for (m, c) in mask[y * WIDTH..(y + 1) * WIDTH].iter_mut().zip(&row) {
            *m = m.max(c.min(1.0));
        }
    }
}

/// Adds `weight` times the covered part of each pixel between `x0` and `x1`.
fn span(row: &mut [f32], x0: f32, x1: f32, weight: f32) {
    let (x0, x1) = (x0.max(0.0), x1.min(WIDTH as f32));
    if x1 <= x0 {
        return;
    }
    let (a, b) = (x0 as usize, (x1.ceil() as usize).min(WIDTH));
    for (px, c) in row.iter_mut().enumerate().take(b).skip(a) {
        let l = x0.max(px as f32);
        let r = x1.min(px as f32 + 1.0);
        *c += (r - l).max(0.0) * weight;
    }
}

/// A wavy line across the picture, `width` pixels thick, rising or falling by up to
/// `slope`.
fn line(warp: &Warp, y: f32, width: f32, slope: f32) -> Vec<Vec<Pt>> {
    let (amp, freq, phase, slope) = (
        uniform(6.0, 20.0),
        uniform(0.015, 0.04),
        uniform(0.0, 6.3),
        uniform(-slope, slope),
    );
    let points: Vec<Pt> = (0..=WIDTH / 6 + 1)
        .map(|i| {
            let x = i as f32 * 6.0 - 3.0;
            warp.apply((
                x,
                y + amp * (freq * x + phase).sin() + slope * (x - WIDTH as f32 / 2.0),
            ))
        })
        .collect();
    thick(&points, width, false)
}

/// The path through `points` (closed back to the first when `closed`), `width` pixels
/// thick, as one polygon per piece.
fn thick(points: &[Pt], width: f32, closed: bool) -> Vec<Vec<Pt>> {
    let half = width / 2.0;
    let first = closed.then(|| points.first().copied()).flatten();
    points
        .iter()
        .copied()
        .chain(first)
        .collect::<Vec<Pt>>()
        .windows(2)
        .map(|w| {
            let (dx, dy) = (w[1].0 - w[0].0, w[1].1 - w[0].1);
            let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
            let (ux, uy) = (dx / len, dy / len);
            // Each piece a little longer at both ends so that the bends have no notches.
            let (a, b) = (
                (w[0].0 - ux * half, w[0].1 - uy * half),
                (w[1].0 + ux * half, w[1].1 + uy * half),
            );
            let (nx, ny) = (-uy * half, ux * half);
            vec![
                (a.0 + nx, a.1 + ny),
                (b.0 + nx, b.1 + ny),
                (b.0 - nx, b.1 - ny),
                (a.0 - nx, a.1 - ny),
            ]
        })
        .collect()
}

/// One character's outline: `face`, `size` pixels to the em, placed with its origin at
/// (`x`, `baseline`), `stretch` wide, slanted by `shear`, tilted by `tilt` radians about
/// its middle.
struct Glyph {
    ch: char,
    face: usize,
    size: f32,
    stretch: f32,
    shear: f32,
    tilt: f32,
    advance: f32,
    /// Drawn as an outline three pixels wide rather than filled.
    hollow: bool,
}

fn outline(g: &Glyph, x: f32, baseline: f32, warp: &Warp) -> Option<Vec<Vec<Pt>>> {
    let font = FontRef::new(FACES[g.face]).ok()?;
    let gid = font.charmap().map(g.ch)?;
    let glyph = font.outline_glyphs().get(gid)?;
    let (sin, cos) = g.tilt.sin_cos();
    let (mid_x, mid_y) = (g.advance / 2.0, g.size * 0.3);
    let mut pen = Pen {
        place: |(px, py): Pt| {
            // In the glyph's own frame (y up): widen and slant, then tilt about its middle.
            let (gx, gy) = (px * g.stretch + py * g.shear - mid_x, py - mid_y);
            let (rx, ry) = (gx * cos - gy * sin, gx * sin + gy * cos);
            warp.apply((x + mid_x + rx, baseline - (mid_y + ry)))
        },
        polys: Vec::new(),
        last: (0.0, 0.0),
    };
    glyph
        .draw(
            DrawSettings::unhinted(Size::new(g.size), LocationRef::default()),
            &mut pen,
        )
        .ok()?;
    let polys = pen.polys.into_iter().filter(|p| p.len() > 2);
    Some(if g.hollow {
        polys.flat_map(|p| thick(&p, 3.0, true)).collect()
    } else {
        polys.collect()
    })
}

/// The picture of `code` as a PNG, or `None` if a character has no glyph.
pub fn draw(code: &str) -> Option<Vec<u8>> {
    let warp = Warp::random();
    let mut glyphs = Vec::new();
    for ch in code.chars() {
        let face = rand::random_range(0..FACES.len());
        let size = uniform(82.0, 100.0);
        let font = FontRef::new(FACES[face]).ok()?;
        let gid = font.charmap().map(ch)?;
        let stretch = uniform(0.85, 1.2);
        let advance = font
            .glyph_metrics(Size::new(size), LocationRef::default())
            .advance_width(gid)?
            * stretch;
        glyphs.push(Glyph {
            ch,
            face,
            size,
            stretch,
            shear: uniform(-0.25, 0.25),
            tilt: uniform(-0.31, 0.31),
            advance,
            hollow: rand::random::<f32>() < 0.4,
        });
    }
    // Each character starts before the last one ends: they overlap by a fifth or so.
    let steps: Vec<f32> = glyphs
        .iter()
        .map(|g| g.advance * uniform(0.68, 0.8))
        .collect();
    let width: f32 = steps[..steps.len().saturating_sub(1)].iter().sum::<f32>()
        + glyphs.last().map_or(0.0, |g| g.advance);
    let mut x = (WIDTH as f32 - width) / 2.0 + uniform(-15.0, 15.0);
    let mut ink = vec![0f32; WIDTH * HEIGHT];
    for (g, step) in glyphs.iter().zip(&steps) {
        let baseline = HEIGHT as f32 / 2.0 + g.size * 0.3 + uniform(-10.0, 10.0);
        fill(&outline(g, x, baseline, &warp)?, &mut ink);
        x += step;
    }
    // Lines through the characters, a little thinner than their strokes.
    for _ in 0..3 {
        let y = uniform(55.0, 90.0);
        fill(&line(&warp, y, uniform(3.0, 5.0), 0.12), &mut ink);
    }
    // Gaps cut across them.
    let mut cut = vec![0f32; WIDTH * HEIGHT];
    for _ in 0..4 {
        let y = uniform(50.0, 95.0);
        fill(&line(&warp, y, 3.0, 0.25), &mut cut);
    }
    // Specks of ink.
    for _ in 0..40 {
        let (cx, cy) = (uniform(0.0, WIDTH as f32), uniform(0.0, HEIGHT as f32));
        let r = uniform(1.5, 3.5);
        fill(
            &[vec![
                (cx - r, cy - r),
                (cx + r, cy - r),
                (cx + r, cy + r),
                (cx - r, cy + r),
            ]],
            &mut ink,
        );
    }
    let colour = [
        uniform(10.0, 75.0),
        uniform(10.0, 75.0),
        uniform(50.0, 115.0),
    ];
    let paper = [245.0, 242.0, 230.0];
    let mut rgb = Vec::with_capacity(WIDTH * HEIGHT);
    for (i, c) in ink.iter().zip(&cut) {
        let a = i * (1.0 - c);
        let grain = uniform(-15.0, 15.0);
        let px = |k: usize| -> u8 {
            ((paper[k] + grain) * (1.0 - a) + colour[k] * a).clamp(0.0, 255.0) as u8
        };
        rgb.push(lodepng::RGB::new(px(0), px(1), px(2)));
    }
    lodepng::encode24(&rgb, WIDTH, HEIGHT).ok()
}
