/**
 * The two kinds of personal access token GitHub makes (github-ui.md Part II §17). Classic is what
 * "Start guide" makes until the user picks fine-grained as the default kind in the chooser or the options.
 * A file of its own without dependencies: the guide scripts on GitHub's pages import it too.
 */
export const TOKEN_KINDS = ['classic', 'fine-grained'] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const DEFAULT_TOKEN_KIND: TokenKind = 'classic';
