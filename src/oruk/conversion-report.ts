/**
 * What a conversion did with each field: mapped, assumed or dropped. Publishers read it to trust (or fix)
 * an import, so every entry names the field it is about and says why in plain English.
 */

export type ReportKind = 'mapped' | 'assumed' | 'dropped' | 'note';

export interface ReportEntry {
  readonly kind: ReportKind;
  /** Where in the input (or output) the entry is about, such as `services[3].attending_type`. */
  readonly path: string;
  readonly message: string;
}

export class ConversionReport {
  readonly entries: ReportEntry[] = [];

  mapped(path: string, message: string): void {
    this.entries.push({ kind: 'mapped', path, message });
  }

  assumed(path: string, message: string): void {
    this.entries.push({ kind: 'assumed', path, message });
  }

  dropped(path: string, message: string): void {
    this.entries.push({ kind: 'dropped', path, message });
  }

  note(path: string, message: string): void {
    this.entries.push({ kind: 'note', path, message });
  }

  count(kind: ReportKind): number {
    return this.entries.filter((entry) => entry.kind === kind).length;
  }

  /** One line per entry, the kind first so that `grep dropped` finds every loss. */
  lines(): string[] {
    return this.entries.map((entry) => `${entry.kind.padEnd(7)} ${entry.path ? `${entry.path}: ` : ''}${entry.message}`);
  }
}
