// Writes to standard output and error so that every byte arrives. On a pipe Node writes
// asynchronously: what a slow reader has not taken yet waits in the process, and process.exit
// drops it (lines after the first 64-320 KB were lost, exit code 0). So each write is awaited
// until the system has it, which also holds the CLI back while the reader catches up instead of
// piling up output in memory. A reader that goes away (`| head`) ends the run: see ReaderGone.

/** The reader closed the pipe: nothing more can be delivered, so the run stops. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader closed the pipe');
    this.name = 'ReaderGone';
  }
}

export type Write = (text: string) => Promise<void>;

export function createWrite(stream: NodeJS.WritableStream): Write {
  // An EPIPE is also emitted as an 'error' event, which would crash the process unheard.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return (text) =>
    new Promise((resolve, reject) => {
      stream.write(text, (error?: Error | null) => {
        if (!error) return resolve();
        reject((error as NodeJS.ErrnoException).code === 'EPIPE' ? new ReaderGone() : error);
      });
    });
}
