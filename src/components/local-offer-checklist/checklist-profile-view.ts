/**
 * The checklist's "About you" form: age, time in care (radios with hints), whether the publisher looked
 * after them, and where they live. A view: it renders the profile and calls back on every answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.js';
import type { ChecklistKey } from '../../i18n/strings/checklist.js';
import type { AboutYouKey } from '../../i18n/strings/about-you.js';
import { asksWhoLookedAfter, offerCouncilNames, placesToAsk } from '../../model/offer-places.js';
import { SITUATIONS, type Profile } from '../../model/profile.js';
import type { Offer } from '../../schema/offer-schema.js';
import { parseAge, SITUATION_HINT_KEYS, SITUATION_KEYS } from '../shared/profile-fields.js';

/** Answers that rule a place out without naming it: "No" and "Somewhere else". */
export const ELSEWHERE = 'elsewhere';

export interface ChecklistProfileModel {
  readonly localizer: Localizer<AboutYouKey | ChecklistKey>;
  readonly offer: Offer;
  readonly profile: Profile;
  readonly ageInput: string;
}

export interface ChecklistProfileActions {
  typeAge(value: string): void;
  change(change: Partial<Profile>): void;
}

export function renderChecklistProfile(model: ChecklistProfileModel, actions: ChecklistProfileActions): TemplateResult {
  const { t } = model.localizer;
  const { offer, profile } = model;
  const age = parseAge(model.ageInput);
  const publisherCode = offer.publisher.councilCode;
  const places = placesToAsk(offer);
  const councilName = offerCouncilNames(offer);
  const lookedAfter = profile.lookedAfterBy === undefined ? 'not-sure' : profile.lookedAfterBy === publisherCode ? 'yes' : 'no';
  return html`<form class="profile" part="profile" @submit=${(event: Event) => event.preventDefault()}>
    <fieldset>
      <legend class="heading-m">${t('profileLegend')}</legend>
      <p class="hint">${t('profileHint')}</p>
      <div class="field">
        <label for="age">${t('ageLabel')}</label>
        <span class="hint" id="age-hint">${t('ageHint')}</span>
        ${age === 'invalid' ? html`<span class="error-message" id="age-error">${t('ageError')}</span>` : nothing}
        <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" .value=${model.ageInput}
          aria-describedby=${age === 'invalid' ? 'age-hint age-error' : 'age-hint'} aria-invalid=${age === 'invalid' ? 'true' : 'false'}
          @input=${(event: Event) => actions.typeAge((event.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="field">
        <legend>${t('situationLegend')}</legend>
        ${SITUATIONS.map((situation) => {
          const hint = SITUATION_HINT_KEYS[situation];
          return html`<div class="choice">
            <input type="radio" name="situation" id="situation-${situation}" .checked=${profile.situation === situation}
              aria-describedby=${hint ? `situation-${situation}-hint` : nothing} @change=${() => actions.change({ situation })} />
            <label for="situation-${situation}">${t(SITUATION_KEYS[situation])}</label>
            ${hint ? html`<span class="hint choice-hint" id="situation-${situation}-hint">${t(hint)}</span>` : nothing}
          </div>`;
        })}
      </fieldset>
      ${
        asksWhoLookedAfter(offer)
          ? html`<fieldset class="field">
            <legend>${t('lookedAfterLegend', { council: offer.publisher.name })}</legend>
            ${(['yes', 'no', 'not-sure'] as const).map(
              (answer) => html`<div class="choice">
                <input type="radio" name="looked-after" id="looked-after-${answer}" .checked=${lookedAfter === answer}
                  @change=${() => actions.change({ lookedAfterBy: answer === 'yes' ? publisherCode : answer === 'no' ? ELSEWHERE : undefined })} />
                <label for="looked-after-${answer}">${t(answer === 'yes' ? 'answerYes' : answer === 'no' ? 'answerNo' : 'answerNotSure')}</label>
              </div>`,
            )}
          </fieldset>`
          : nothing
      }
      ${
        places.length
          ? html`<div class="field">
            <label for="lives-in">${t('livesInLabel')}</label>
            <select id="lives-in" @change=${(event: Event) => actions.change({ livesIn: (event.target as HTMLSelectElement).value || undefined })}>
              <option value="" ?selected=${!profile.livesIn}>${t('livesInUnknown')}</option>
              ${places.map((code) => html`<option value=${code} ?selected=${profile.livesIn === code}>${councilName(code)}</option>`)}
              <option value=${ELSEWHERE} ?selected=${profile.livesIn === ELSEWHERE}>${t('livesInElsewhere')}</option>
            </select>
          </div>`
          : nothing
      }
    </fieldset>
  </form>`;
}
