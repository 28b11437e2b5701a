// Colour measures for the light fills: WCAG 2 relative luminance and contrast ratio, and how a colour
// looks with deuteranopia (red-green colour blindness, the commonest), by the Machado, Oliveira and
// Fernandes (2009) matrix at severity 1.0, applied to linear RGB.

function channel(hex: string, i: number): number {
  return parseInt(hex.substr(1 + 2 * i, 2), 16) / 255;
}

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function fromLinear(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
}

function linear(hex: string): number[] {
  return [0, 1, 2].map((i) => toLinear(channel(hex, i)));
}

/** WCAG 2 relative luminance of '#RRGGBB'. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const x = relativeLuminance(a);
  const y = relativeLuminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];

/** The colour a deuteranope sees, as '#RRGGBB'. */
export function asDeuteranope(hex: string): string {
  const l = linear(hex);
  return (
    '#' +
    DEUTERANOPIA.map((row) => {
      const v = Math.round(fromLinear(row[0] * l[0] + row[1] * l[1] + row[2] * l[2]) * 255);
      return (v < 16 ? '0' : '') + v.toString(16).toUpperCase();
    }).join('')
  );
}
