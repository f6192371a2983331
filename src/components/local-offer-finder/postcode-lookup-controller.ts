/**
 * The finder's postcode lookup: one request at a time (a new postcode cancels the last), what to say while
 * it runs and after, and a way back to picking a council when the lookup cannot help.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { FinderKey } from '../../i18n/strings/finder.js';
import { normaliseTimeout } from '../../net/fetch-with-timeout.js';
import type { Council } from '../../places/council-registry.js';
import { loadCode } from '../../util/missing-code.js';

// The lookup's code (the postcode parser and the answer's reading) is loaded only on a page that
// configured a lookup, as the finder arrives: most finders have none, and pick a council from the list.
const lookupCode = () => loadCode(() => import('../../net/postcode-lookup.js'));

export interface PostcodeMessage {
  readonly text: string;
  readonly isError: boolean;
}

export interface PostcodeLookupBinding {
  /** The page's postcodes.io-compatible URL template; without one nothing is looked up. */
  template(): string | undefined;
  timeoutMs(): number;
  localizer: Localizer<FinderKey>;
  /** A place was found in England: the district, or the unitary council, where the postcode is. */
  found(place: Council): void;
  /** The lookup cannot help (not found, outside England, service down): offer the council picker. */
  fallBack(): void;
  displayName(council: Council): string;
}

export class PostcodeLookupController implements ReactiveController {
  message: PostcodeMessage | undefined;
  lookingUp = false;
  private request: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly binding: PostcodeLookupBinding,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.binding.template()) void lookupCode().catch(() => undefined);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Forgets the last message, as when a council is picked by hand. */
  clear(): void {
    this.message = undefined;
    this.host.requestUpdate();
  }

  cancel(): void {
    this.request?.abort();
    this.request = undefined;
    this.lookingUp = false;
  }

  async lookUp(input: string): Promise<void> {
    const { localizer: l10n } = this.binding;
    const template = this.binding.template();
    if (!template) return;
    let code: Awaited<ReturnType<typeof lookupCode>>;
    try {
      code = await lookupCode();
    } catch {
      // Missing code (chunks/ not copied): the council list still works.
      this.say(l10n.t('postcodeUnavailable'), true);
      return this.binding.fallBack();
    }
    const { lookupPostcode, PostcodeLookupError } = code;
    const postcode = code.normalisePostcode(input);
    if (!postcode) return this.say(l10n.t('postcodeInvalid'), true);
    this.cancel();
    const request = (this.request = new AbortController());
    this.lookingUp = true;
    this.say(l10n.t('postcodeLooking', { postcode }), false);
    try {
      const place = await lookupPostcode(postcode, template, { signal: request.signal, timeoutMs: Math.min(normaliseTimeout(this.binding.timeoutMs()), 8000) });
      if (place.kind === 'england') {
        const home = place.district ?? place.upperTier;
        this.binding.found(home);
        this.say(l10n.t('postcodeFound', { postcode, place: this.binding.displayName(home) }), false);
      } else if (place.kind === 'outside-england') {
        this.say(l10n.t('postcodeOutsideEngland', { postcode, country: place.country }), true);
        this.binding.fallBack();
      } else {
        this.say(l10n.t('postcodeNotFound', { postcode }), true);
        this.binding.fallBack();
      }
    } catch (cause) {
      if (request.signal.aborted) return;
      const reason = cause instanceof PostcodeLookupError ? cause.reason : 'unavailable';
      this.say(reason === 'not-found' ? l10n.t('postcodeNotFound', { postcode }) : l10n.t('postcodeUnavailable'), true);
      this.binding.fallBack();
    } finally {
      if (this.request === request) {
        this.lookingUp = false;
        this.request = undefined;
        this.host.requestUpdate();
      }
    }
  }

  private say(text: string, isError: boolean): void {
    this.message = { text, isError };
    this.host.requestUpdate();
  }
}
