/**
 * Printing shows everything: every closed <details> in the host opens for print and closes again after.
 * Listens to beforeprint/afterprint and to the print media query (some browsers fire only one of them).
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class PrintController implements ReactiveController {
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.printQuery?.addEventListener('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.expand);
    window.addEventListener('afterprint', this.restore);
  }

  hostDisconnected(): void {
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.expand);
    window.removeEventListener('afterprint', this.restore);
  }

  private readonly onPrintChange = (event: MediaQueryListEvent) => (event.matches ? this.expand() : this.restore());

  /** Opens every closed disclosure, marking which to close again. */
  readonly expand = (): void => {
    for (const details of Array.from(this.host.renderRoot.querySelectorAll('details'))) {
      if (!details.open) {
        details.open = true;
        details.dataset.openedForPrint = '';
      }
    }
  };

  readonly restore = (): void => {
    for (const details of Array.from(this.host.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]'))) {
      details.open = false;
      delete details.dataset.openedForPrint;
    }
  };
}
