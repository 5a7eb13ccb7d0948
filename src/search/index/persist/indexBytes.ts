import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * An index file's bytes, read a part at a time: a start reads the main part; the postings part only when the whole
 * index is loaded, and the phrase part (nearly half the file on a large corpus) only if a question needs it.
 */
export interface IndexBytes {
  readonly size: number;
  /** Up to `length` bytes from `position`: fewer when the bytes end sooner. */
  read(position: number, length: number): Buffer;
}

/** Bytes already in memory. */
export function bytesInMemory(bytes: Buffer): IndexBytes {
  return { size: bytes.length, read: (position, length) => bytes.subarray(position, position + length) };
}

/**
 * A file's bytes, opened for each read: a part read later comes from whatever file is then at that path, which the
 * part's checksum tells apart from the one the header described.
 * @throws Error when the file cannot be read (the first time: when there is none).
 */
export function bytesOfFile(file: string): IndexBytes {
  const { size } = statSync(file);
  return {
    size,
    read(position, length) {
      const descriptor = openSync(file, 'r');
      try {
        const buffer = Buffer.allocUnsafe(length);
        let done = 0;
        for (let read = -1; done < length && read !== 0; done += read) read = readSync(descriptor, buffer, done, length - done, position + done);
        return buffer.subarray(0, done);
      } finally {
        closeSync(descriptor);
      }
    },
  };
}
