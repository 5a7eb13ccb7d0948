/** Why a file in the knowledge folder was not loaded: one reason per kind of bad file. */
export type SkipReason =
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'unreadable'
  | 'symlink-loop'
  | 'broken-link'
  | 'folder'
  | 'not-a-file'
  | 'unsupported'
  | 'unparsable'
  | 'no-text';

/** A skip before the file name is attached: the reason as data and the cause in words, e.g. "it is empty". */
export interface Skip {
  readonly reason: SkipReason;
  readonly detail: string;
}

/** A file that was left out, named relative to the knowledge folder. */
export interface SkippedFile extends Skip {
  readonly file: string;
}
