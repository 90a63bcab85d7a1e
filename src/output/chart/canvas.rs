//! The dot grid a line chart is drawn on, finer than the character cells: braille cells hold
//! 2×4 dots, plain ASCII cells 1×3 (`'` top, `-` middle, `_` bottom). Points map to dots,
//! consecutive points are joined with straight lines, and each cell becomes one character.

use super::ChartPoint;

/// The characters of one drawing style.
pub struct Glyphs {
    /// Dots per cell across and down.
    pub xres: usize,
    pub yres: usize,
    pub axis: char,
    pub tick: char,
    pub corner: char,
    pub rule: char,
}

pub const BRAILLE: Glyphs = Glyphs {
    xres: 2,
    yres: 4,
    axis: '│',
    tick: '┤',
    corner: '└',
    rule: '─',
};

pub const ASCII: Glyphs = Glyphs {
    xres: 1,
    yres: 3,
    axis: '|',
    tick: '+',
    corner: '+',
    rule: '-',
};

/// Braille dot bits by (row, column) within a cell.
const BRAILLE_BITS: [[u8; 2]; 4] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]];

/// The dots set in one character cell, and the sub-rows the line entered and left it by
/// (what tells `\` from `/` in ASCII).
#[derive(Clone, Copy, Default)]
pub struct Dots {
    pub bits: u8,
    first: u8,
    last: u8,
}

/// A plot area: `cols` × `rows` cells showing values `lo..=hi` and x positions `0..=x_span`.
pub struct Canvas<'g> {
    pub g: &'g Glyphs,
    pub cols: usize,
    pub rows: usize,
    pub lo: f64,
    pub hi: f64,
    pub x_span: usize,
}

impl Canvas<'_> {
    /// The dot a point falls on: (x, y), y counted down from the top.
    fn dot(&self, p: &ChartPoint) -> (i64, i64) {
        let dots_w = self.cols * self.g.xres;
        let dots_h = self.rows * self.g.yres;
        let x = if self.x_span == 0 {
            0.0
        } else {
            p.x.min(self.x_span) as f64 * (dots_w - 1) as f64 / self.x_span as f64
        };
        let y = (self.hi - p.y) / (self.hi - self.lo) * (dots_h - 1) as f64;
        (x.round() as i64, y.round() as i64)
    }

    /// The (row, column) of the cell a point falls in.
    pub fn cell_of(&self, p: &ChartPoint) -> (usize, usize) {
        let (x, y) = self.dot(p);
        (
            y.max(0) as usize / self.g.yres,
            x.max(0) as usize / self.g.xres,
        )
    }

    /// The value at the middle of a row (the top and bottom rows: the ends of the range).
    pub fn value_at(&self, row: usize) -> f64 {
        let dots_h = self.rows * self.g.yres;
        let centre = if row == 0 {
            0.0
        } else if row + 1 == self.rows {
            (dots_h - 1) as f64
        } else {
            (row * self.g.yres) as f64 + (self.g.yres as f64 - 1.0) / 2.0
        };
        self.hi - (self.hi - self.lo) * centre / (dots_h - 1) as f64
    }

    /// Every cell, row by row: the points joined by straight lines.
    pub fn draw(&self, points: &[ChartPoint]) -> Vec<Dots> {
        let g = self.g;
        let mut grid = vec![Dots::default(); self.cols * self.rows];
        let mut set = |x: i64, y: i64| {
            let (x, y) = (x.max(0) as usize, y.max(0) as usize);
            let (cx, cy) = (x / g.xres, y / g.yres);
            if cx < self.cols && cy < self.rows {
                let sub = (y % g.yres) as u8;
                let bit = if g.xres == 2 {
                    BRAILLE_BITS[y % 4][x % 2]
                } else {
                    1 << sub
                };
                let cell = &mut grid[cy * self.cols + cx];
                if cell.bits == 0 {
                    cell.first = sub;
                }
                cell.bits |= bit;
                cell.last = sub;
            }
        };
        let mut prev: Option<(i64, i64)> = None;
        for p in points {
            let d = self.dot(p);
            match prev {
                Some(from) => line(from, d, &mut set),
                None => set(d.0, d.1),
            }
            prev = Some(d);
        }
        grid
    }
}

/// The character for a cell.
pub fn glyph(g: &Glyphs, d: &Dots) -> char {
    if d.bits == 0 {
        return ' ';
    }
    if g.xres == 2 {
        return char::from_u32(0x2800 + u32::from(d.bits)).unwrap_or('?');
    }
    // Sub-rows top (1), middle (2), bottom (4).
    match d.bits {
        1 => '\'',
        2 => '-',
        4 => '_',
        3 | 6 if d.first < d.last => '\\',
        3 | 6 if d.first > d.last => '/',
        _ => '|',
    }
}

/// Bresenham's line between two dots, every dot on it passed to `set`.
fn line(from: (i64, i64), to: (i64, i64), set: &mut impl FnMut(i64, i64)) {
    let (mut x, mut y) = from;
    let dx = (to.0 - x).abs();
    let dy = -(to.1 - y).abs();
    let sx = if x < to.0 { 1 } else { -1 };
    let sy = if y < to.1 { 1 } else { -1 };
    let mut err = dx + dy;
    loop {
        set(x, y);
        if (x, y) == to {
            return;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(canvas: &Canvas<'_>, grid: &[Dots], r: usize) -> String {
        grid[r * canvas.cols..(r + 1) * canvas.cols]
            .iter()
            .map(|d| glyph(canvas.g, d))
            .collect()
    }

    fn pt(x: usize, y: f64) -> ChartPoint {
        ChartPoint { x, y, tag: None }
    }

    #[test]
    fn ascii_slopes_show_their_direction() {
        let c = Canvas {
            g: &ASCII,
            cols: 4,
            rows: 1,
            lo: 0.0,
            hi: 1.0,
            x_span: 3,
        };
        // Down through the cell, then up through it.
        let grid = c.draw(&[pt(0, 1.0), pt(1, 0.5), pt(2, 0.0), pt(3, 1.0)]);
        assert_eq!(row(&c, &grid, 0), "'-_/");
        let grid = c.draw(&[pt(0, 1.0), pt(0, 0.5)]);
        assert_eq!(row(&c, &grid, 0).trim_end(), "\\");
    }

    #[test]
    fn braille_sets_the_dots_of_the_line() {
        let c = Canvas {
            g: &BRAILLE,
            cols: 1,
            rows: 1,
            lo: 0.0,
            hi: 3.0,
            x_span: 1,
        };
        // A steep line from the top left dot to the bottom right one: (0,0) (0,1) (1,2) (1,3).
        let grid = c.draw(&[pt(0, 3.0), pt(1, 0.0)]);
        assert_eq!(grid[0].bits, 0x01 | 0x02 | 0x20 | 0x80);
        assert_eq!(c.cell_of(&pt(1, 0.0)), (0, 0));
        assert_eq!(c.value_at(0), 3.0);
    }
}
