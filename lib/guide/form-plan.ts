/** What the guide fills in on the token form; settings decide it, these are the defaults. */
export interface FormPlan {
  note: string;
  /** "7" | "30" | "60" | "90" | "none" as GitHub's expiration field submits it. */
  expiration: string;
  scopes: string[];
}

export const RECOMMENDED_SCOPES = ['repo', 'admin:repo_hook', 'delete_repo'];

export function defaultNote(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `PAT Pilot ${date} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function defaultFormPlan(now: Date): FormPlan {
  return { note: defaultNote(now), expiration: '30', scopes: RECOMMENDED_SCOPES };
}

/** A note GitHub will accept: notes must be unique per account. */
export function uniqueNote(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(base.trim().toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
