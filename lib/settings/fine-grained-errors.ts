import { fineGrainedSchema, type FineGrainedSettings } from './fine-grained';

/** Messages for each part of the fine-grained setting, so the options page shows them next to that part. */
export type FineGrainedErrors = Partial<Record<keyof FineGrainedSettings, string[]>>;

export function fineGrainedErrors(input: unknown): FineGrainedErrors {
  const result = fineGrainedSchema.safeParse(input);
  if (result.success) return {};
  const errors: FineGrainedErrors = {};
  for (const issue of result.error.issues) {
    // An issue about the whole list (a permission twice) has the list as its path, like one about an entry.
    const part = (issue.path[0] ?? 'presetId') as keyof FineGrainedSettings;
    const messages = (errors[part] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}
