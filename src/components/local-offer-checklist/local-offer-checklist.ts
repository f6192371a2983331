import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedOffer } from '../../context/offer-loader.js';
import { NATIONAL_ENTITLEMENTS } from '../../entitlements/national-catalogue.js';
import { formatDate, formatPence, formatValue } from '../../i18n/format.js';
import { COMMON_STRINGS } from '../../i18n/strings/common.js';
import { TRUST_STRINGS } from '../../i18n/strings/trust.js';
import { OFFER_ITEM_STRINGS, type OfferItemKey } from '../../i18n/strings/offer-items.js';
import { CHECKLIST_STRINGS, type ChecklistKey } from '../../i18n/strings/checklist.js';
import { challengeContacts, leavingCareTeam } from '../../model/contacts.js';
import { joinOffers, type JoinedItem } from '../../model/joined-offer.js';
import { SITUATIONS, type Profile, type Situation } from '../../model/profile.js';
import { DEFAULT_STALE_AFTER_MONTHS, isStale } from '../../model/staleness.js';
import type { Contact, Offer } from '../../schema/offer-schema.js';
import { phoneHref, safeHref } from '../../schema/url.js';
import { AREA_LABELS, AREAS } from '../../schema/vocabularies.js';
import { describeDeliverer, describeMayApply, describeNotInForce, describeReason } from '../shared/reason-text.js';
import { OfferConsumerElement } from '../shared/offer-consumer-element.js';
import { ageAttribute, isSituation, parseAge, SITUATION_HINT_KEYS, SITUATION_KEYS } from '../shared/profile-fields.js';
import { AnswerStore, storeKeyFor } from './answer-store.js';
import { checklistAsText } from './checklist-text.js';
import { localOfferChecklistStyles } from './local-offer-checklist.styles.js';

// Only the words this element shows, so that it carries no other element's when bundled alone.
const CHECKLIST_ELEMENT_STRINGS = { ...COMMON_STRINGS, ...TRUST_STRINGS, ...OFFER_ITEM_STRINGS, ...CHECKLIST_STRINGS };

/** Answers that rule a place out without naming it: "No" and "Somewhere else". */
const ELSEWHERE = 'elsewhere';
/**
 * A young person's own checklist of what they can get from an offer: a short profile form in plain words,
 * then every item that applies, grouped by area, with why it applies, what it is worth, how to claim, the
 * evidence needed and who to ask. Ticks ("I already get this") and answers stay on the device only.
 *
 * @tag local-offer-checklist
 * @summary Entitlements checklist, kept on the young person's device.
 * @slot - Fallback content, shown when scripts fail or the offer cannot be loaded.
 * @csspart card - The outer box.
 * @csspart heading - The checklist heading.
 * @csspart profile - The "About you" form.
 * @csspart progress - The "7 of 23 ticked" line.
 * @csspart area - One area's group of items.
 * @csspart area-heading - The heading of an area's group.
 * @csspart item - One item.
 * @csspart item-title - An item's title.
 * @csspart may-apply - The group of items that may apply.
 * @csspart may-apply-heading - The heading of the "may also be for you" group.
 * @csspart actions - The Clear, Print and Download buttons.
 * @csspart storage-warning - The notice that ticks cannot be saved on this device.
 * @csspart example-notice - The notice shown for example data.
 * @csspart stale-warning - The warning shown when the offer has not been reviewed for too long.
 * @csspart error - The box explaining why the offer cannot be shown (with `src` only).
 * @csspart error-details - The disclosure listing schema errors with their JSON Pointers.
 * @csspart retry-button - The Try again button.
 * @csspart review - The "Last reviewed" line.
 * @cssprop --local-offer-checklist-accent - The top border; defaults to --local-offer-color-accent.
 * @cssprop --local-offer-color-accent - Accent colour shared by all elements.
 * @cssprop --local-offer-color-focus - Focus highlight (GOV.UK yellow).
 * @fires local-offer-load - LocalOfferLoadEvent, with `src` only: the offer loaded.
 * @fires local-offer-error - LocalOfferErrorEvent, with `src` only: the offer could not be loaded or is invalid.
 */
export class LocalOfferChecklistElement extends OfferConsumerElement<OfferItemKey | ChecklistKey> {
  protected readonly localizer = this.createLocalizer(CHECKLIST_ELEMENT_STRINGS);

  static override styles = localOfferChecklistStyles;

  /** The young person's age, when the page knows it. */
  @property({ converter: ageAttribute }) age: number | undefined = undefined;

  /** Their situation, when the page knows it: in-care, left-care-16-17, short-time-in-care, arrived-alone or not-sure. */
  @property() situation: Situation | undefined = undefined;

  /** GSS code of the council area where they live, when the page knows it. */
  @property({ attribute: 'lives-in' }) livesIn: string | undefined = undefined;

  /** GSS code of the council that looked after them, when the page knows it. */
  @property({ attribute: 'looked-after-by' }) lookedAfterBy: string | undefined = undefined;

  /** Warn when the offer was last reviewed at least this many months ago. */
  @property({ type: Number, attribute: 'stale-after-months' }) staleAfterMonths = DEFAULT_STALE_AFTER_MONTHS;

  /** A fixed clock, for demos and tests. */
  @property({ attribute: false }) now: Date | undefined = undefined;

  @state() private profile: Profile = {};
  @state() private ticks: ReadonlySet<string> = new Set();
  @state() private ageInput = '';
  @state() private announcement = '';

  private store: AnswerStore | undefined;
  private storeFor: LoadedOffer | undefined;
  private joined: { key: string; items: JoinedItem[] } | undefined;
  private readonly printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.printQuery?.addEventListener('change', this.onPrintChange);
    window.addEventListener('beforeprint', this.expandForPrint);
    window.addEventListener('afterprint', this.restoreAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printQuery?.removeEventListener('change', this.onPrintChange);
    window.removeEventListener('beforeprint', this.expandForPrint);
    window.removeEventListener('afterprint', this.restoreAfterPrint);
  }

  private readonly onPrintChange = (event: MediaQueryListEvent) => (event.matches ? this.expandForPrint() : this.restoreAfterPrint());

  /** Print shows everything: open every closed disclosure, and remember which to close again. */
  private readonly expandForPrint = () => {
    for (const details of Array.from(this.renderRoot.querySelectorAll('details'))) {
      if (!details.open) {
        details.open = true;
        details.dataset.openedForPrint = '';
      }
    }
  };

  private readonly restoreAfterPrint = () => {
    for (const details of Array.from(this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]'))) {
      details.open = false;
      delete details.dataset.openedForPrint;
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.offerState;
    if (state.status === 'loaded' && state.loaded !== this.storeFor) this.openStore(state.loaded);
  }

  /** Stored answers win over what the page set: they are the young person's own choices. */
  private openStore(loaded: LoadedOffer): void {
    this.storeFor = loaded;
    this.store = new AnswerStore(storeKeyFor(loaded.offer.id, loaded.offer.schemaVersion));
    const stored = this.store.answers;
    // A page may set anything: only an age the form would accept and a known situation count as answers.
    const age = typeof this.age === 'number' && parseAge(String(this.age)) !== 'invalid' ? this.age : undefined;
    const fromPage: Profile = {
      age,
      situation: isSituation(this.situation) ? this.situation : undefined,
      livesIn: this.livesIn || undefined,
      lookedAfterBy: this.lookedAfterBy || undefined,
    };
    const hasStored = Object.values(stored.profile).some((value) => value !== undefined);
    this.profile = hasStored ? stored.profile : fromPage;
    this.ageInput = this.profile.age === undefined ? '' : String(this.profile.age);
    this.ticks = new Set(stored.ticks);
  }

  private save(): void {
    this.store?.save({ ticks: [...this.ticks], profile: this.profile });
  }

  private updateProfile(change: Partial<Profile>): void {
    this.profile = { ...this.profile, ...change };
    this.announcement = '';
    this.save();
  }

  private toggle(key: string, ticked: boolean): void {
    const next = new Set(this.ticks);
    if (ticked) next.add(key);
    else next.delete(key);
    this.ticks = next;
    this.save();
  }

  private clearAnswers(): void {
    this.store?.clear();
    this.profile = {};
    this.ageInput = '';
    this.ticks = new Set();
    this.announcement = this.t('answersCleared');
  }

  /** The offer's own view of its places: a county offer covers its districts. */
  private countyOf(offer: Offer): (code: string) => string | undefined {
    const county = offer.publisher.councilCode?.startsWith('E10') ? offer.publisher.councilCode : undefined;
    const covered = new Set(offer.covers ?? []);
    return (code) => (county && code !== county && covered.has(code) ? county : undefined);
  }

  /** The name of the council that looked after the young person, when they said it was the publisher. */
  private lookedAfterByName(offer: Offer): string | undefined {
    const code = this.profile.lookedAfterBy;
    const name = code ? this.councilNames(offer)(code) : undefined;
    return name === code ? undefined : name;
  }

  private councilNames(offer: Offer): (code: string) => string {
    const names = new Map<string, string>();
    for (const provider of offer.providers) if (provider.councilCode) names.set(provider.councilCode, provider.name);
    if (offer.publisher.councilCode) names.set(offer.publisher.councilCode, offer.publisher.name);
    return (code) => names.get(code) ?? code;
  }

  private items(offer: Offer): JoinedItem[] {
    const profile = this.profile;
    const key = JSON.stringify([offer.id, profile]);
    if (this.joined?.key !== key || this.storeFor?.offer !== offer) {
      this.joined = { key, items: joinOffers([offer], profile, { catalogue: NATIONAL_ENTITLEMENTS, countyOf: this.countyOf(offer) }) };
    }
    return this.joined.items;
  }

  private download(offer: Offer, items: readonly JoinedItem[]): void {
    const text = checklistAsText(offer, items, this.ticks, this.localizer, this.councilNames(offer), this.lookedAfterByName(offer));
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${offer.id}-checklist.txt`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  protected override render() {
    return this.renderOffer('loading', (loaded) => this.renderChecklist(loaded.offer));
  }

  private renderChecklist(offer: Offer): TemplateResult {
    const items = this.items(offer);
    // An announced rule is not something to claim or tick yet: it is listed apart, never as a right.
    const inForce = items.filter((item) => !describeNotInForce(item.national, this.localizer));
    const notYet = items.filter((item) => describeNotInForce(item.national, this.localizer));
    const applying = inForce.filter((item) => item.verdict === 'applies');
    const maybe = inForce.filter((item) => item.verdict === 'may-apply');
    const ticked = applying.filter((item) => this.ticks.has(item.key)).length;
    const now = this.now ?? new Date();
    const team = leavingCareTeam(offer);
    // The time in care decides most items: until it is told, say so kindly and who can help.
    const situation = this.profile.situation;
    const intro = !situation ? this.t('noAnswersIntro') : situation === 'not-sure' ? this.t('notSureIntro') : undefined;
    return html`<section part="card" class="card" aria-labelledby="heading">
      ${this.heading(0, this.t('checklistHeading'), 'heading', 'heading-l', 'heading')}
      <p class="secondary">${offer.title}</p>
      ${offer.isExample ? html`<div class="notice notice--warning" part="example-notice"><p>${this.t('exampleNotice')}</p></div>` : nothing}
      ${isStale(offer.lastReviewed, now, this.staleAfterMonths) ? html`<div class="notice notice--warning" part="stale-warning"><p>${this.t('staleWarning', { months: this.staleAfterMonths })}</p></div>` : nothing}
      ${this.renderProfile(offer)}
      ${this.store && !this.store.persistent ? html`<div class="notice notice--warning" part="storage-warning"><p>${this.t('storageUnavailable')}</p></div>` : nothing}
      ${intro ? html`<div class="notice" part="guidance"><p>${intro}</p>${this.renderAskTeam(team, 'askTeam')}</div>` : nothing}
      ${applying.length ? html`<p class="progress" part="progress" role="status">${this.t('progress', { ticked, total: applying.length })}</p>` : nothing}
      ${
        items.length === 0
          ? html`<div class="notice" part="guidance" role="status"><p>${this.t('emptyChecklist')}</p>${this.renderAskTeam(team, 'askTeamToCheck')}</div>`
          : nothing
      }
      ${AREAS.map((area) => {
        const inArea = applying.filter((item) => item.area === area);
        if (inArea.length === 0) return nothing;
        return html`<section class="area" part="area" aria-labelledby="area-${area}">
          ${this.heading(1, `${AREA_LABELS[area]} (${this.t('areaCount', { count: inArea.length })})`, 'area-heading', 'heading-m', `area-${area}`)}
          <ul class="items">${inArea.map((item) => this.renderItem(offer, item, 'tick'))}</ul>
        </section>`;
      })}
      ${
        maybe.length
          ? html`<section class="may-apply" part="may-apply" aria-labelledby="may-apply">
            ${this.heading(1, this.t(applying.length ? 'mayApplyHeading' : 'mayApplyOnlyHeading'), 'may-apply-heading', 'heading-m', 'may-apply')}
            <ul class="items">${maybe.map((item) => this.renderItem(offer, item, 'may-apply'))}</ul>
          </section>`
          : nothing
      }
      ${
        notYet.length
          ? html`<section class="may-apply" part="not-in-force" aria-labelledby="not-in-force">
            ${this.heading(1, this.t('notInForceHeading'), 'may-apply-heading', 'heading-m', 'not-in-force')}
            <p>${this.t('notInForceIntro')}</p>
            <ul class="items">${notYet.map((item) => this.renderItem(offer, item, 'not-in-force'))}</ul>
          </section>`
          : nothing
      }
      <div class="actions" part="actions">
        <button type="button" class="warning" @click=${() => this.clearAnswers()}>${this.t('clearAnswers')}</button>
        <button type="button" class="secondary" @click=${() => window.print()}>${this.t('printList')}</button>
        <button type="button" class="secondary" @click=${() => this.download(offer, applying)}>${this.t('downloadText')}</button>
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      <p class="review secondary" part="review">${this.t('lastReviewed', { date: formatDate(offer.lastReviewed) })}</p>
    </section>`;
  }

  /** "The Leaving Care Team can tell you which of these you can get. Call 0115 496 0123": never a dead end. */
  private renderAskTeam(team: Contact | undefined, key: 'askTeam' | 'askTeamToCheck'): TemplateResult | typeof nothing {
    if (!team) return nothing;
    const tel = phoneHref('tel', team.phone);
    return html`<p>${this.t(key, { team: team.name })}
      ${tel ? html`<a class="phone" href=${tel}>${this.t('callTeam', { number: team.phone! })}</a>` : team.email ? html`<a href=${`mailto:${team.email}`}>${team.email}</a>` : nothing}</p>`;
  }

  private renderProfile(offer: Offer): TemplateResult {
    const age = parseAge(this.ageInput);
    const publisherCode = offer.publisher.councilCode;
    const askLookedAfter = publisherCode !== undefined && !publisherCode.startsWith('E07');
    // A joint county offer asks for the district (which decides council tax and housing), not the county.
    const covered = offer.covers?.length ? offer.covers : publisherCode ? [publisherCode] : [];
    const places = covered.length > 1 ? covered.filter((code) => !code.startsWith('E10')) : covered;
    const councilName = this.councilNames(offer);
    const lookedAfter = this.profile.lookedAfterBy === undefined ? 'not-sure' : this.profile.lookedAfterBy === publisherCode ? 'yes' : 'no';
    return html`<form class="profile" part="profile" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend class="heading-m">${this.t('profileLegend')}</legend>
        <p class="hint">${this.t('profileHint')}</p>
        <div class="field">
          <label for="age">${this.t('ageLabel')}</label>
          <span class="hint" id="age-hint">${this.t('ageHint')}</span>
          ${age === 'invalid' ? html`<span class="error-message" id="age-error">${this.t('ageError')}</span>` : nothing}
          <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" .value=${this.ageInput}
            aria-describedby=${age === 'invalid' ? 'age-hint age-error' : 'age-hint'} aria-invalid=${age === 'invalid' ? 'true' : 'false'}
            @input=${(event: Event) => {
              this.ageInput = (event.target as HTMLInputElement).value;
              const parsed = parseAge(this.ageInput);
              if (parsed !== 'invalid') this.updateProfile({ age: parsed });
            }} />
        </div>
        <fieldset class="field">
          <legend>${this.t('situationLegend')}</legend>
          ${SITUATIONS.map((situation) => {
            const hint = SITUATION_HINT_KEYS[situation];
            return html`<div class="choice">
              <input type="radio" name="situation" id="situation-${situation}" .checked=${this.profile.situation === situation}
                aria-describedby=${hint ? `situation-${situation}-hint` : nothing} @change=${() => this.updateProfile({ situation })} />
              <label for="situation-${situation}">${this.t(SITUATION_KEYS[situation])}</label>
              ${hint ? html`<span class="hint choice-hint" id="situation-${situation}-hint">${this.t(hint)}</span>` : nothing}
            </div>`;
          })}
        </fieldset>
        ${
          askLookedAfter
            ? html`<fieldset class="field">
              <legend>${this.t('lookedAfterLegend', { council: offer.publisher.name })}</legend>
              ${(['yes', 'no', 'not-sure'] as const).map(
                (answer) => html`<div class="choice">
                  <input type="radio" name="looked-after" id="looked-after-${answer}" .checked=${lookedAfter === answer}
                    @change=${() => this.updateProfile({ lookedAfterBy: answer === 'yes' ? publisherCode : answer === 'no' ? ELSEWHERE : undefined })} />
                  <label for="looked-after-${answer}">${this.t(answer === 'yes' ? 'answerYes' : answer === 'no' ? 'answerNo' : 'answerNotSure')}</label>
                </div>`,
              )}
            </fieldset>`
            : nothing
        }
        ${
          places.length
            ? html`<div class="field">
              <label for="lives-in">${this.t('livesInLabel')}</label>
              <select id="lives-in" @change=${(event: Event) => this.updateProfile({ livesIn: (event.target as HTMLSelectElement).value || undefined })}>
                <option value="" ?selected=${!this.profile.livesIn}>${this.t('livesInUnknown')}</option>
                ${places.map((code) => html`<option value=${code} ?selected=${this.profile.livesIn === code}>${councilName(code)}</option>`)}
                <option value=${ELSEWHERE} ?selected=${this.profile.livesIn === ELSEWHERE}>${this.t('livesInElsewhere')}</option>
              </select>
            </div>`
            : nothing
        }
      </fieldset>
    </form>`;
  }

  /** Links to the offer's advocacy and complaints contacts, for an amount below what is recommended. */
  private renderChallengeLinks(offer: Offer): TemplateResult | typeof nothing {
    const links = challengeContacts(offer)
      .map((contact) => ({ contact, href: phoneHref('tel', contact.phone) ?? (contact.email ? `mailto:${contact.email}` : safeHref(contact.website)) }))
      .filter((link) => link.href);
    return links.length
      ? html`<ul>${links.map(({ contact, href }) => html`<li><a href=${href!}>${this.t('challengeContact', { name: contact.name })}</a></li>`)}</ul>`
      : nothing;
  }

  /** A stable, unique id for an item's checkbox (keys may hold characters ids should not). */
  private itemIds(item: JoinedItem): number {
    let id = this.checkboxIds.get(item.key);
    if (id === undefined) this.checkboxIds.set(item.key, (id = this.checkboxIds.size));
    return id;
  }
  private readonly checkboxIds = new Map<string, number>();

  private renderItem(offer: Offer, item: JoinedItem, kind: 'tick' | 'may-apply' | 'not-in-force'): TemplateResult {
    const source = item.lead;
    const entitlement = source?.item;
    const councilName = this.councilNames(offer);
    const value =
      formatValue(entitlement?.value, this.localizer) ??
      (item.national?.amountPence !== undefined
        ? formatValue({ amountPence: item.national.amountPence, upTo: item.national.upTo, period: item.national.period }, this.localizer)
        : undefined);
    const provider = source?.provider?.name ?? (item.national ? describeDeliverer(item.national, this.lookedAfterByName(offer), this.localizer) : undefined);
    const contact = entitlement?.contactId ? offer.contacts.find((c) => c.id === entitlement.contactId) : undefined;
    const links = (entitlement?.links ?? []).map((link) => ({ title: link.title, href: safeHref(link.url) })).filter((link) => link.href);
    if (!entitlement && item.national) links.push({ title: item.national.source.title, href: safeHref(item.national.source.url) });
    const ticked = this.ticks.has(item.key);
    const id = `item-${this.itemIds(item)}`;
    const hasDetails = entitlement?.howToClaim || entitlement?.evidence?.length || contact || links.length || entitlement?.details;
    return html`<li class="item ${ticked ? 'item--ticked' : ''}" part="item">
      ${this.heading(2, item.title, 'item-title', 'heading-s item-title')}
      ${
        kind === 'tick'
          ? html`<div class="choice">
            <input type="checkbox" id=${id} .checked=${ticked} @change=${(event: Event) => this.toggle(item.key, (event.target as HTMLInputElement).checked)} />
            <label for=${id}>${this.t('tickLabel')}<span class="visually-hidden">: ${item.title}</span></label>
            <span class="print-tick" aria-hidden="true">${`[${ticked ? 'x' : ' '}] ${ticked ? this.t('ticked') : this.t('notTicked')}`}</span>
          </div>`
          : kind === 'may-apply'
            ? html`<p class="hint">${describeMayApply(item.unknowns, this.localizer)}</p>`
            : html`<p class="hint">${describeNotInForce(item.national, this.localizer)}</p>`
      }
      <p>${item.summary}</p>
      <dl class="facts">
        ${value ? html`<dt>${this.t('worth')}</dt><dd>${value}</dd>` : nothing}
        <dt>${this.t('why')}</dt><dd>${item.reasons.map((reason) => describeReason(reason, this.localizer, councilName)).join('; ')}</dd>
        ${provider ? html`<dt>${this.t('providedBy')}</dt><dd>${provider}</dd>` : nothing}
        ${entitlement?.eligibility?.conditions ? html`<dt>${this.t('onlyIf')}</dt><dd>${entitlement.eligibility.conditions}</dd>` : nothing}
      </dl>
      ${
        item.belowMinimum.length && item.national?.amountPence !== undefined
          ? html`<div class="notice" part="below-minimum"><p>${this.t('belowMinimum', {
              minimum: formatPence(item.national.amountPence),
              date: item.national.amountValidFrom ? formatDate(item.national.amountValidFrom) : '',
              amount: formatPence(item.belowMinimum[0]!.item.value!.amountPence!),
            })}</p>${this.renderChallengeLinks(offer)}</div>`
          : nothing
      }
      ${
        hasDetails
          ? html`<details>
            <summary>${this.t('moreDetails', { title: item.title })}</summary>
            ${entitlement?.details ? html`<p>${entitlement.details}</p>` : nothing}
            ${entitlement?.howToClaim ? html`<p class="heading-s">${this.t('howToClaim')}</p><p>${entitlement.howToClaim}</p>` : nothing}
            ${entitlement?.evidence?.length ? html`<p class="heading-s">${this.t('evidence')}</p><ul>${entitlement.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : nothing}
            ${
              contact
                ? html`<p class="heading-s">${this.t('whoToAsk')}</p>
                  <p>${contact.name}${phoneHref('tel', contact.phone) ? html`: <a href=${phoneHref('tel', contact.phone)!}>${contact.phone}</a>` : nothing}${contact.email ? html` · <a href=${`mailto:${contact.email}`}>${contact.email}</a>` : nothing}</p>`
                : nothing
            }
            ${links.length ? html`<p class="heading-s">${this.t('moreInformation')}</p><ul>${links.map((link) => html`<li><a href=${link.href!}>${link.title}</a></li>`)}</ul>` : nothing}
          </details>`
          : nothing
      }
    </li>`;
  }
}
