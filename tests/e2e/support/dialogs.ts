export type DialogType = 'alert' | 'confirm' | 'prompt' | 'beforeunload';
export type DialogAnswer = 'accept' | 'dismiss';

export interface DialogSeen {
  type: DialogType;
  /** What the page asked; browsers show their own text for beforeunload, so it may be ''. */
  message: string;
  answer: DialogAnswer;
}

/**
 * The dialogs of one tab. Each backend answers every dialog the moment it opens, with the
 * answer set here, so a dialog no test expected is recorded instead of blocking the page.
 */
export interface DialogBook {
  answer: DialogAnswer;
  readonly seen: DialogSeen[];
  /** Records a dialog that just opened and returns how to answer it. */
  record(type: string, message: string): DialogAnswer;
}

const TYPES: readonly string[] = ['alert', 'confirm', 'prompt', 'beforeunload'];

export function createDialogBook(): DialogBook {
  const seen: DialogSeen[] = [];
  return {
    answer: 'dismiss',
    seen,
    record(type, message) {
      const kind = (TYPES.includes(type) ? type : 'alert') as DialogType;
      seen.push({ type: kind, message, answer: this.answer });
      return this.answer;
    },
  };
}

/** A beforeunload prompt answered "stay" after the first `since` dialogs: the page did not leave. */
export function stayedAfter(book: DialogBook, since: number): boolean {
  return book.seen.slice(since).some((dialog) => dialog.type === 'beforeunload' && dialog.answer === 'dismiss');
}

/** What Playwright's and Puppeteer's dialogs have in common. */
interface NativeDialog {
  type(): string;
  message(): string;
  accept(): Promise<void>;
  dismiss(): Promise<void>;
}

/** Records the dialog and answers it at once; a dialog closed meanwhile (page gone) is no error. */
export function answerDialog(book: DialogBook, dialog: NativeDialog): void {
  const answer = book.record(dialog.type(), dialog.message());
  void (answer === 'accept' ? dialog.accept() : dialog.dismiss()).catch(() => {});
}
