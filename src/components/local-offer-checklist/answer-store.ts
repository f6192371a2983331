/**
 * Keeps a young person's ticks and answers on their own device only: localStorage, under a key namespaced
 * by library, offer id and the offer's schema version. Where storage is blocked (private browsing, a
 * strict browser setting, a full quota) it keeps them in memory for the visit and says so.
 */
import type { Profile } from '../../model/profile.js';

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

function sanitise(value: unknown): StoredAnswers {
  if (!value || typeof value !== 'object') return EMPTY;
  const raw = value as { ticks?: unknown; profile?: unknown };
  const ticks = Array.isArray(raw.ticks) ? raw.ticks.filter((tick): tick is string => typeof tick === 'string') : [];
  const p = (raw.profile && typeof raw.profile === 'object' ? raw.profile : {}) as Record<string, unknown>;
  const profile: Profile = {
    age: typeof p.age === 'number' && Number.isInteger(p.age) ? p.age : undefined,
    situation: typeof p.situation === 'string' ? (p.situation as Profile['situation']) : undefined,
    livesIn: typeof p.livesIn === 'string' ? p.livesIn : undefined,
    lookedAfterBy: typeof p.lookedAfterBy === 'string' ? p.lookedAfterBy : undefined,
  };
  return { ticks, profile };
}

export class AnswerStore {
  private readonly storage = openStorage();
  private memory: StoredAnswers = EMPTY;

  constructor(private readonly key: string) {
    if (this.storage) {
      try {
        this.memory = sanitise(JSON.parse(this.storage.getItem(this.fullKey) ?? 'null'));
      } catch {
        this.memory = EMPTY; // a damaged entry is dropped, not shown as an error to the young person
      }
    }
  }

  /** False when answers last only for this visit. */
  get persistent(): boolean {
    return this.storage !== undefined;
  }

  get answers(): StoredAnswers {
    return this.memory;
  }

  save(answers: StoredAnswers): void {
    this.memory = answers;
    try {
      this.storage?.setItem(this.fullKey, JSON.stringify(answers));
    } catch {
      // Quota exceeded or storage revoked mid-visit: the in-memory copy still serves this visit.
    }
  }

  clear(): void {
    this.memory = EMPTY;
    try {
      this.storage?.removeItem(this.fullKey);
    } catch {
      // As above.
    }
  }

  private get fullKey(): string {
    return `${PREFIX}/${this.key}`;
  }
}

export function storeKeyFor(offerId: string, schemaVersion: string): string {
  return `${encodeURIComponent(offerId)}/${encodeURIComponent(schemaVersion)}`;
}
