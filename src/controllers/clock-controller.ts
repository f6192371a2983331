/**
 * The time for elements whose words depend on it ("Open now, closes at 5pm"): re-renders the host at the
 * start of each minute while it is connected, unless the page fixed the time (demos and tests).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClockController implements ReactiveController {
  private clock = new Date();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fixed: () => Date | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The fixed time if the page set one, else the time at the last minute boundary. */
  get now(): Date {
    return this.fixed() ?? this.clock;
  }

  hostConnected(): void {
    this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    this.clock = new Date();
    this.host.requestUpdate();
    clearTimeout(this.timer);
    // A little past the boundary, so the new minute has begun when the host renders.
    this.timer = setTimeout(() => this.tick(), 60_000 - (Date.now() % 60_000) + 50);
  }
}
