/**
 * A reader that stops early (`docent sections | head -1`) closes the pipe under docent's output: docent then stops
 * quietly, as command-line tools do, instead of printing an EPIPE stack trace. Any other write error still throws.
 */
export function exitQuietlyWhenPipeCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
