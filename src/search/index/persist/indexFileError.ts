/** Why a stored index was not used: it belongs to other documents or another version, or it is damaged. */
export class IndexFileError extends Error {
  override readonly name = 'IndexFileError';

  constructor(
    readonly kind: 'stale' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

/** A stored index found damaged: what every check of its parts throws. */
export const corrupt = (message: string): IndexFileError => new IndexFileError('corrupt', message);
