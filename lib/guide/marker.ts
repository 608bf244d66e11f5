/** The marker attribute is part of the product's interface: tests and assistive tooling rely on it. */
export const MARKER = 'data-pat-pilot-step';

/** Leave at most one marked element: the current target, or none. */
export function placeMarker(target: Element | undefined, stepId: string | undefined): void {
  for (const element of document.querySelectorAll(`[${MARKER}]`)) {
    if (element !== target) element.removeAttribute(MARKER);
  }
  if (target && stepId && target.getAttribute(MARKER) !== stepId) target.setAttribute(MARKER, stepId);
}
