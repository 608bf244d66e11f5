import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastProblems } from './contrast';

export interface AxeScan {
  /** One line per violating node (rule, impact, where, axe's summary of the fix), and per unjudged node that fails. */
  findings: string[];
  /** Nodes axe checked and passed inside a shadow root: proof the scan saw the guide's UI. */
  shadowNodesChecked: number;
}

/** A node's place as a selector path: inside a shadow root it is host first, then within it. */
const pathOf = (target: unknown[]): string[] => target.flatMap((part) => (Array.isArray(part) ? part : [part])).map(String);

/**
 * axe-core's default rules (WCAG 2 A/AA and best practices) on the page, or only within `include`.
 * What axe leaves "incomplete" is not let through: colour contrast it could not judge is measured
 * here, and any other unjudged rule is a finding.
 */
export async function scan(page: Page, include?: string): Promise<AxeScan> {
  await page.evaluate(settleTransitions);
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const violations = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
  const unjudged = results.incomplete.filter((rule) => rule.id !== 'color-contrast');
  const contrast = results.incomplete.find((rule) => rule.id === 'color-contrast')?.nodes.map((node) => pathOf(node.target)) ?? [];
  const findings = [
    ...violations,
    ...unjudged.flatMap((rule) => rule.nodes.map((node) => `${rule.id} unjudged at ${JSON.stringify(node.target)}`)),
    ...(contrast.length ? await page.evaluate(contrastProblems, contrast) : []),
  ];
  const shadowNodesChecked = results.passes.flatMap((rule) => rule.nodes).filter((node) => node.target.some(Array.isArray)).length;
  return { findings, shadowNodesChecked };
}

/**
 * Colours measured mid-transition are neither theme's: a scheme switched just before the scan
 * (`emulateMedia`) starts the buttons' background transitions on the next frame, so wait for
 * that frame and then for every running animation, in shadow roots too.
 */
async function settleTransitions(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}
