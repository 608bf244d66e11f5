/**
 * Runs in the page. WCAG 2 contrast of text that axe could not judge ("incomplete": inside the
 * guide's top-layer popover in a shadow root, or under a neighbour), against the nearest opaque
 * background among its ancestors, crossing shadow roots. Each target is axe's selector path
 * (host first). Returns one line per text below its threshold or without a readable colour.
 */
export function contrastProblems(targets: string[][]): string[] {
  const parse = (value: string) => {
    const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
    return match ? { rgb: [match[1], match[2], match[3]].map(Number), alpha: match[4] === undefined ? 1 : Number(match[4]) } : undefined;
  };
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const resolve = (path: string[]) => {
    let scope: Document | ShadowRoot = document;
    let el: Element | null = null;
    for (const selector of path) {
      el = scope.querySelector(selector);
      if (el?.shadowRoot) scope = el.shadowRoot;
    }
    return el;
  };
  const background = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour.alpha === 1) return colour.rgb;
      if (colour && colour.alpha > 0) return undefined; // translucent: not judged here
    }
    return [255, 255, 255]; // the canvas
  };
  return targets.flatMap((path) => {
    const el = resolve(path);
    if (!el) return [`${path.join(' >>> ')}: not found`];
    const style = getComputedStyle(el);
    const fg = parse(style.color);
    const bg = background(el);
    if (!fg || fg.alpha !== 1 || !bg) return [`${path.join(' >>> ')}: colours not readable (${style.color})`];
    const [light, dark] = [luminance(fg.rgb), luminance(bg)].sort((a, b) => b - a);
    const ratio = (light! + 0.05) / (dark! + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    return ratio >= needed ? [] : [`${path.join(' >>> ')}: contrast ${ratio.toFixed(2)} < ${needed}`];
  });
}
