/**
 * When the workspace locks by itself: after a stretch without input in the console, and
 * when the system suspends or its screen locks. Electron's `powerMonitor` is the source of
 * power events in the app; tests and the browser host pass their own (or none), which is
 * why it comes in through this small interface instead of an import of electron.
 */
export type PowerEventName = 'suspend' | 'lock-screen';

export interface PowerEvents {
  on(event: PowerEventName, listener: () => void): unknown;
}

export interface AutoLockOptions {
  /** Locks the workspace (closes the connection, drops the key). */
  lock(): void;
  /** Minutes without input before locking; read on every restart of the clock, so a new setting applies at once. */
  idleMinutes(): number;
  /**
   * While true, the idle time runs out without locking (counted again from then): a plenary
   * in progress. The secretary is in the room, and a lock would blank the projector mid-report
   * and make them type the passphrase in front of everyone. Suspend, screen lock and Ctrl+L
   * still lock at once.
   */
  holdWhile?: () => boolean;
  power?: PowerEvents;
}

/**
 * Idle is measured in main from the console's reports of user input (`workspace.activity`),
 * not in the renderer: the timer keeps running however the window is throttled or hidden,
 * and a renderer that stops reporting (frozen, crashed, its page gone) only makes the lock
 * come sooner. Electron's system idle time would also count input in other programs, which
 * is not attention to Plenaria, and does not exist in the browser host.
 */
export class AutoLock {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: AutoLockOptions) {
    for (const event of ['suspend', 'lock-screen'] as const) {
      options.power?.on(event, () => this.lockNow());
    }
  }

  /** The workspace opened: the idle clock starts. */
  started(): void {
    this.restart();
  }

  /** The workspace locked or closed: nothing left to lock. */
  stopped(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Input in the console; ignored while nothing is open. */
  activity(): void {
    if (this.timer !== null) this.restart();
  }

  /** The setting changed: counted again from now with the new length. */
  settingChanged(): void {
    if (this.timer !== null) this.restart();
  }

  private restart(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const ms = this.options.idleMinutes() * 60_000;
    this.timer = setTimeout(() => (this.options.holdWhile?.() ? this.restart() : this.lockNow()), ms);
    // In Node (CLI, tests, the browser host) a pending idle timer must not keep the process alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  private lockNow(): void {
    this.stopped();
    this.options.lock();
  }
}
