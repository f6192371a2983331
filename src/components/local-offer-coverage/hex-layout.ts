/**
 * Where each council's hexagon goes on the map: HexJSON's "odd-r" layout (pointy-topped hexagons in rows,
 * odd rows pushed right by half a hexagon, rows counted northwards), turned into SVG coordinates with north
 * at the top. And which hexagon the arrow keys lead to. Pure: no DOM.
 */

export interface Hex {
  readonly code: string;
  readonly q: number;
  readonly r: number;
  /** The centre, in SVG units. */
  readonly x: number;
  readonly y: number;
  /** Its corners, for an SVG polygon's `points`: worked out once, not at every render. */
  readonly points: string;
}

export interface HexLayout {
  readonly hexes: readonly Hex[];
  readonly width: number;
  readonly height: number;
  /** From the centre to a corner. */
  readonly size: number;
}

const SQRT3 = Math.sqrt(3);

/** "E06000001 8 18" lines, as scripts/generate-hexes.mjs writes them. */
export function parseHexLines(lines: string): { code: string; q: number; r: number }[] {
  return lines
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length === 3)
    .map(([code, q, r]) => ({ code: code!, q: Number(q), r: Number(r) }));
}

export function layoutHexes(cells: readonly { code: string; q: number; r: number }[], size = 10): HexLayout {
  const width = SQRT3 * size;
  const odd = (r: number) => ((r % 2) + 2) % 2 === 1;
  const raw = cells.map((cell) => ({ ...cell, x: width * (cell.q + (odd(cell.r) ? 0.5 : 0)), y: -1.5 * size * cell.r }));
  const minX = Math.min(...raw.map((hex) => hex.x)) - width / 2;
  const minY = Math.min(...raw.map((hex) => hex.y)) - size;
  const maxX = Math.max(...raw.map((hex) => hex.x)) + width / 2;
  const maxY = Math.max(...raw.map((hex) => hex.y)) + size;
  const round = (n: number) => Math.round(n * 100) / 100;
  // A little smaller than the grid, so neighbours show a gap between them.
  const corners = hexCorners(size - 0.6);
  return {
    hexes: raw.map((hex) => {
      const x = round(hex.x - minX);
      const y = round(hex.y - minY);
      return { ...hex, x, y, points: corners.map(([cx, cy]) => `${round(x + cx)},${round(y + cy)}`).join(' ') };
    }),
    width: round(maxX - minX),
    height: round(maxY - minY),
    size,
  };
}

/** The corners of a pointy-topped hexagon around (0, 0). */
export function hexCorners(size: number): [number, number][] {
  return Array.from({ length: 6 }, (_, i) => {
    const angle = (Math.PI / 180) * (60 * i - 30);
    return [size * Math.cos(angle), size * Math.sin(angle)];
  });
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The hexagon an arrow key moves to: the nearest one whose centre lies that way, preferring those straight
 * ahead, so a keyboard user can walk the whole map. Undefined at the map's edge.
 */
export function neighbourOf(hexes: readonly Hex[], from: Hex, direction: Direction): Hex | undefined {
  let best: Hex | undefined;
  let bestScore = Infinity;
  for (const hex of hexes) {
    const dx = hex.x - from.x;
    const dy = hex.y - from.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0.01 || aside > ahead * 2) continue;
    const score = ahead + aside * 2;
    if (score < bestScore) {
      bestScore = score;
      best = hex;
    }
  }
  return best;
}
