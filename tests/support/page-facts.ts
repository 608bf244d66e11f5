import type { PageFacts } from '@/lib/github/page';

/** Page facts for a unit test: an ordinary page unless `over` says otherwise. */
export const pageFacts = (over: Partial<PageFacts>): PageFacts => ({
  kind: 'other',
  userMenuOpen: false,
  patGroupCollapsed: false,
  generateMenuOpen: false,
  emailUnverified: false,
  formError: undefined,
  ...over,
});
