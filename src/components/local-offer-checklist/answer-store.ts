/**
 * Keeps a young person's ticks and answers on their own device only: localStorage, under a key namespaced
 * by library, offer id and the offer's schema version. Where storage is blocked (private browsing, a
 * strict browser setting) it keeps them in memory for the visit and says so; where it is full, it says
 * the last change was not saved.
 *
 * The same checklist may be open in two tabs. Each change is merged into what is stored at that moment
 * (not the tab's whole, possibly old, copy), other tabs' changes arrive through the `storage` event, and
 * clearing wins: a tab that clears removes everything, and another tab's next tick adds only that tick.
 */
import type { Profile } from '../../model/profile.js';
import { isSituation } from '../shared/profile-fields.js';

export interface StoredAnswers {
  readonly ticks: readonly string[];
  readonly profile: Profile;
}

const EMPTY: StoredAnswers = Object.freeze({ ticks: [], profile: {} });
const PREFIX = 'local-offer-elements/checklist/v1';

function openStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${PREFIX}/probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);

/** Whatever is stored, as answers: a damaged or tampered entry gives what it can, never an error. */
function sanitise(value: unknown): StoredAnswers {
  if (!value || typeof value !== 'object') return EMPTY;
  const raw = value as { ticks?: unknown; profile?: unknown };
  const ticks = Array.isArray(raw.ticks) ? raw.ticks.filter((tick): tick is string => typeof tick === 'string') : [];
  const p = (raw.profile && typeof raw.profile === 'object' ? raw.profile : {}) as Record<string, unknown>;
  const profile: Profile = {
    age: typeof p.age === 'number' && Number.isInteger(p.age) && p.age >= 14 && p.age <= 30 ? p.age : undefined,
    situation: isSituation(p.situation) ? p.situation : undefined,
    livesIn: text(p.livesIn),
    lookedAfterBy: text(p.lookedAfterBy),
  };
  return { ticks: [...new Set(ticks)], profile };
}

export class AnswerStore {
  private readonly storage = openStorage();
  private memory: StoredAnswers = EMPTY;
  private listener: ((event: StorageEvent) => void) | undefined;
  /** The last change could not be written (storage full, or revoked since the page opened). */
  saveFailed = false;

  constructor(
    private readonly key: string,
    /** Called when another tab changed the stored answers; `answers` then holds them. */
    private readonly onOtherTab: () => void = () => {},
  ) {
    this.memory = this.read();
  }

  /** False when answers last only for this visit. */
  get persistent(): boolean {
    return this.storage !== undefined;
  }

  get answers(): StoredAnswers {
    return this.memory;
  }

  /** Answers the page gave, used until the young person changes something (nothing is written). */
  seed(profile: Profile): void {
    this.memory = { ...this.memory, profile };
  }

  /** Starts following other tabs' changes; call stop() when the element leaves the page. */
  start(): void {
    if (!this.storage || this.listener) return;
    this.listener = (event) => {
      if (event.storageArea !== this.storage || (event.key !== this.fullKey && event.key !== null)) return;
      this.memory = this.read();
      this.onOtherTab();
    };
    window.addEventListener('storage', this.listener);
  }

  stop(): void {
    if (this.listener) window.removeEventListener('storage', this.listener);
    this.listener = undefined;
  }

  tick(key: string, ticked: boolean): void {
    this.change((stored) => {
      const ticks = new Set(stored.ticks);
      if (ticked) ticks.add(key);
      else ticks.delete(key);
      return { ...stored, ticks: [...ticks] };
    });
  }

  setProfile(change: Partial<Profile>): void {
    this.change((stored) => ({ ...stored, profile: { ...stored.profile, ...change } }));
  }

  /** Wipes every tick and answer of this offer from the device. */
  clear(): void {
    this.memory = EMPTY;
    this.saveFailed = false;
    try {
      this.storage?.removeItem(this.fullKey);
    } catch {
      // Storage revoked mid-visit: there is nothing left to wipe that we can reach.
    }
  }

  private get fullKey(): string {
    return `${PREFIX}/${this.key}`;
  }

  private read(): StoredAnswers {
    return this.readStored() ?? EMPTY;
  }

  /** What is stored now, or undefined when nothing is (never saved, or cleared). */
  private readStored(): StoredAnswers | undefined {
    if (!this.storage) return undefined;
    try {
      const raw = this.storage.getItem(this.fullKey);
      return raw === null ? undefined : sanitise(JSON.parse(raw));
    } catch {
      return undefined; // a damaged entry is dropped, not shown as an error to the young person
    }
  }

  /**
   * Applies one change to what is stored now (another tab may have written since), and writes it back.
   * With nothing stored yet, the change builds on this tab's answers (the page's, to begin with); after a
   * failed write, on this visit's memory, since the stored copy lacks its changes.
   */
  private change(apply: (stored: StoredAnswers) => StoredAnswers): void {
    const stored = this.saveFailed ? undefined : this.readStored();
    const next = apply(stored ?? this.memory);
    this.memory = next;
    if (!this.storage) return;
    try {
      this.storage.setItem(this.fullKey, JSON.stringify(next));
      this.saveFailed = false;
    } catch {
      // Full, or revoked mid-visit: the young person keeps their answers for this visit and is told.
      this.saveFailed = true;
    }
  }
}

export function storeKeyFor(offerId: string, schemaVersion: string): string {
  return `${encodeURIComponent(offerId)}/${encodeURIComponent(schemaVersion)}`;
}
