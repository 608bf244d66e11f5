/** Scroll a target into view only when it is not already visible, gently unless motion is reduced. */
export function scrollIntoViewIfNeeded(element: Element): void {
  const box = element.getBoundingClientRect();
  const visible = box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  if (visible) return;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
