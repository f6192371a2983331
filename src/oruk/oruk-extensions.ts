/** Our extensions: what ORUK has no field for, so that an exported offer can be imported again. */
import type { Entitlement, Provider } from '../schema/index.js';

/** The name of every extension property this converter writes and reads. */
export const EXTENSION = 'local_offer_elements';

export interface ServiceExtension {
  readonly id: string;
  readonly providerId: string;
  readonly contactId?: string;
  readonly nationalEntitlement?: string;
  readonly careLeaversOf?: readonly string[];
  readonly value?: Entitlement['value'];
  readonly links?: Entitlement['links'];
  readonly deliveredBy?: readonly string[];
  readonly fundedBy?: readonly string[];
  readonly status?: Entitlement['status'];
  readonly available?: Entitlement['available'];
  /** The schema 1.1 rules of eligibility, with the conditions as written. */
  readonly eligibility?: Readonly<Record<string, unknown>>;
}

export interface ContactExtension {
  readonly id: string;
  readonly role: string;
  readonly providerId?: string;
  /** The council areas the contact is for (schema 1.1). */
  readonly serves?: readonly string[];
  readonly website?: string;
  readonly notes?: string;
  readonly languages?: readonly string[];
  /**
   * Only on an organization's contacts: ORUK keeps hours and addresses on services and locations, and a
   * contact no item points at has neither.
   */
  readonly openingHours?: unknown;
  readonly address?: unknown;
  /**
   * On a service's contacts: `bankHolidays` and `closedDates`, which ORUK's weekly schedules cannot say.
   * The weekly hours themselves go in the service's schedules.
   */
  readonly holidayHours?: unknown;
}

export interface OrganizationExtension {
  readonly id: string;
  readonly kind: string;
  readonly councilCode?: string;
  readonly tier?: string;
  readonly partOf?: string;
}

export interface ListExtension {
  readonly schemaVersion: string;
  /** Providers that run no item but that an item or a team names: ORUK has no place for them. */
  readonly providers?: readonly Provider[];
  readonly offer: {
    readonly id: string;
    readonly title: string;
    readonly summary?: string;
    readonly isExample?: boolean;
    readonly locale?: string;
    readonly publisher: { readonly name: string; readonly councilCode?: string; readonly website?: string; readonly email?: string };
    readonly covers?: readonly string[];
    readonly lastReviewed: string;
    readonly nextReviewDue?: string;
    readonly sourceUrl?: string;
  };
}
