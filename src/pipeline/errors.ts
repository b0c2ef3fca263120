/** An ingest failure that names the file and the reason; the CLI prints it without a stack. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.reason = reason;
  }
}
