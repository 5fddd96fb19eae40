// A progress line on stderr for runs that take more than a second: shown only on a terminal, rewritten in place,
// and erased when the run ends so the report output stays clean.

/** Reports what a long run is doing; silent for the first second and when stderr is not a terminal. */
export class ProgressLine {
  private message = '';
  private shown = false;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr, delayMs = 1000) {
    this.timer = stream.isTTY ? setTimeout(() => this.show(), delayMs) : undefined;
    this.timer?.unref();
  }

  /** The current step. */
  update(message: string): void {
    this.message = message;
    if (this.shown) this.draw();
  }

  /** Erases the line (if it was shown) and stops the timer. */
  done(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private show(): void {
    this.shown = true;
    this.draw();
  }

  private draw(): void {
    const width = this.stream.columns ?? 80;
    this.stream.write(`\r\x1b[2Kplangate: ${this.message}…`.slice(0, width + 5));
  }
}
