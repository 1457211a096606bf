import pino from 'pino'

/** What LineBatcher writes to: pino's own destination (sonic-boom), which handles partial writes and EAGAIN. */
export interface LineDestination {
  write(chunk: string): boolean
  flushSync(): void
}

/**
 * Collects log lines and hands them to the destination in chunks: when `maxChars` are pending, or
 * `maxDelayMs` after the first pending line, whichever comes first. Like nginx's buffered access
 * log (`buffer=` and `flush=`), a busy server then makes one write per many requests instead of one
 * per request, and a quiet one still shows each line within `maxDelayMs`. flushSync writes what is
 * pending before it returns (close-with-grace calls it on the way out, on signals and on crashes).
 */
export class LineBatcher {
  private lines: string[] = []
  private pendingChars = 0
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly destination: LineDestination,
    private readonly maxChars = 16_384,
    private readonly maxDelayMs = 100
  ) {}

  write(line: string): boolean {
    this.lines.push(line)
    this.pendingChars += line.length
    if (this.pendingChars >= this.maxChars) this.flush()
    else if (this.timer === undefined) this.timer = setTimeout(this.flush, this.maxDelayMs).unref()
    return true
  }

  /** Hands the pending lines to the destination. */
  readonly flush = (): void => {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.lines.length === 0) return
    const chunk = this.lines.join('')
    this.lines = []
    this.pendingChars = 0
    this.destination.write(chunk)
  }

  /** Writes everything pending, synchronously: for shutdown. */
  flushSync(): void {
    this.flush()
    this.destination.flushSync()
  }
}

/**
 * Standard output as the log destination: batched, then written synchronously, as pino does by
 * default. Measured in bench/README.md.
 */
export function stdoutLog(): LineBatcher {
  return new LineBatcher(pino.destination({ dest: 1, sync: true }))
}
