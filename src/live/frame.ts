// Bytes of the live stream, encoded once and written as they are to every subscriber of a set.
// A stream that writes straight to its socket needs them as an HTTP/1.1 chunk: that framing is
// also done once per frame, not once per subscriber.
const CRLF = Buffer.from('\r\n');

export class Frame {
  private framed: Buffer | undefined;
  readonly bytes: Buffer;

  constructor(text: string) {
    this.bytes = Buffer.from(text, 'utf8');
  }

  /** The bytes as one chunk of a chunked HTTP/1.1 body: hex length, CRLF, bytes, CRLF. */
  get chunk(): Buffer {
    this.framed ??= Buffer.concat([Buffer.from(`${this.bytes.length.toString(16)}\r\n`, 'latin1'), this.bytes, CRLF]);
    return this.framed;
  }
}
