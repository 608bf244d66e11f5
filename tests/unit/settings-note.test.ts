import { describe, expect, it } from 'vitest';
import {
  browserDisplayName,
  DEFAULT_NOTE_TEMPLATE,
  NOTE_MAX_LENGTH,
  noteProblems,
  noteTemplateSchema,
  renderNote,
  templateProblems,
  templateWarnings,
} from '@/lib/settings/note';

const NOW = new Date(2026, 10, 5, 9, 7, 3);

describe('note template', () => {
  it('renders date, time and browser in local time, fixed width', () => {
    expect(renderNote(DEFAULT_NOTE_TEMPLATE, NOW, 'Firefox')).toBe('PAT Pilot 2026-11-05 09:07:03');
    expect(renderNote('{browser} token {date}', NOW, 'Chrome')).toBe('Chrome token 2026-11-05');
  });

  it('leaves unknown placeholders as typed and trims the result', () => {
    expect(renderNote('  {user} {time}  ', NOW, 'Chrome')).toBe('{user} 09:07:03');
  });

  it('accepts the default template without warnings', () => {
    expect(templateProblems(DEFAULT_NOTE_TEMPLATE)).toEqual([]);
    expect(templateWarnings(DEFAULT_NOTE_TEMPLATE)).toEqual([]);
  });

  it('rejects unknown placeholders by name', () => {
    expect(templateProblems('PAT {user} {date}')).toEqual(['Unknown placeholder {user}: use {date}, {time} or {browser}.']);
  });

  it('rejects a template whose note would be empty', () => {
    expect(templateProblems('   ')).toEqual(['The note cannot be empty: GitHub requires one.']);
  });

  it('rejects a note that would be too long once the placeholders are filled', () => {
    const fits = 'x'.repeat(NOTE_MAX_LENGTH - 'Firefox'.length) + '{browser}';
    expect(templateProblems(fits)).toEqual([]);
    expect(templateProblems(`x${fits}`)).toEqual([
      `The note is ${NOTE_MAX_LENGTH + 1} characters long; keep it to ${NOTE_MAX_LENGTH} or fewer.`,
    ]);
  });

  it.each(['line\nbreak', 'tab\there', 'nul\u0000', 'bidi \u202Egnp.exe', 'c1 \u0085'])(
    'rejects control and invisible characters: %j',
    (template) => {
      expect(noteProblems(template)).toEqual([
        'The note contains line breaks or other invisible control characters.',
      ]);
    },
  );

  it('warns, without blocking, when notes would repeat', () => {
    expect(templateProblems('My laptop')).toEqual([]);
    expect(templateWarnings('My laptop {date}')).toHaveLength(1);
  });

  it('turns every problem into a schema issue', () => {
    const result = noteTemplateSchema.safeParse('{who}\n');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Unknown placeholder {who}: use {date}, {time} or {browser}.',
      'The note contains line breaks or other invisible control characters.',
    ]);
    expect(noteTemplateSchema.safeParse(42).error?.issues[0]?.message).toBe('Enter a note template.');
  });

  it('names browsers the way people do', () => {
    expect(browserDisplayName('firefox')).toBe('Firefox');
    expect(browserDisplayName('opera')).toBe('Opera');
  });
});
