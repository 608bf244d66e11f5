/** GitHub's own color mode (light, dark, dark dimmed), so the callout matches the page. */
export type Theme = 'light' | 'dark' | 'dimmed';

export function readGitHubTheme(root: HTMLElement = document.documentElement): Theme {
  const mode = root.getAttribute('data-color-mode');
  const dark = mode === 'dark' || (mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  if (!dark) return mode ? 'light' : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return root.getAttribute('data-dark-theme') === 'dark_dimmed' ? 'dimmed' : 'dark';
}
