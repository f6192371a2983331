/**
 * The finder's questions: where you live (postcode or council), which council looked after you, age and
 * time in care. A view: it renders what the element holds and calls back on every answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CouncilPickEvent } from '../../events/council-pick-event.js';
import type { Localizer } from '../../i18n/localize.js';
import type { StringOverrides } from '../../i18n/strings.js';
import type { FinderKey } from '../../i18n/strings/finder.js';
import type { AboutYouKey } from '../../i18n/strings/about-you.js';
import { SITUATIONS, type Situation } from '../../model/profile.js';
import { councilByCode, COUNCILS, isUpperTier } from '../../places/council-registry.js';
import { isSituation, parseAge, SITUATION_KEYS } from '../shared/profile-fields.js';
import type { PostcodeMessage } from './postcode-lookup-controller.js';

const UPPER_TIER_COUNCILS = COUNCILS.filter(isUpperTier).sort((a, b) => a.shortName.localeCompare(b.shortName));

export interface FinderFormModel extends AnswersModel {
  readonly localizer: Localizer<FinderKey | AboutYouKey>;
  readonly strings: StringOverrides | undefined;
  readonly postcodeLookup: boolean;
  readonly postcodeInput: string;
  readonly postcodeMessage: PostcodeMessage | undefined;
  readonly lookingUp: boolean;
  readonly livesIn: string | undefined;
  readonly lookedAfterChoice: string | undefined;
  readonly lookedAfterBy: string | undefined;
  readonly ageInput: string;
  readonly situation: Situation | undefined;
  /** A place is chosen, so the questions can fold into a line of answers. */
  readonly canFold: boolean;
  /** The questions are folded into the line of answers. */
  readonly folded: boolean;
}

export interface FinderFormActions {
  fold(): void;
  /** "Change your answers": the questions open again. */
  unfold(): void;
  submitPostcode(event: Event): void;
  typePostcode(value: string): void;
  pickCouncil(event: CouncilPickEvent): void;
  chooseLookedAfter(choice: string | undefined): void;
  typeAge(value: string): void;
  chooseSituation(situation: Situation | undefined): void;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

/** The questions, or once folded the line of answers, with the questions kept in the page, hidden, so nothing typed or looked up is lost. */
export function renderFinderQuestions(model: FinderFormModel, actions: FinderFormActions): TemplateResult {
  return html`${model.folded ? renderAnswers(model, actions.unfold) : nothing}
    <div ?hidden=${model.folded}>${renderFinderForm(model, actions)}</div>`;
}

function renderFinderForm(model: FinderFormModel, actions: FinderFormActions): TemplateResult {
  const { t } = model.localizer;
  const age = parseAge(model.ageInput);
  const postcodeError = model.postcodeMessage?.isError ? model.postcodeMessage.text : undefined;
  return html`<form part="form" @submit=${actions.submitPostcode} novalidate>
    <fieldset>
      <legend class="heading-m">${t('whereLegend')}</legend>
      ${
        model.postcodeLookup
          ? html`<div class="field">
            <label for="postcode">${t('postcodeLabel')}</label>
            <span class="hint" id="postcode-hint">${t('postcodeHint')}</span>
            <div class="row">
              <input id="postcode" name="postcode" part="postcode-input" type="text" autocomplete="postal-code" spellcheck="false"
                aria-describedby="postcode-hint postcode-message" aria-invalid=${postcodeError ? 'true' : 'false'}
                .value=${model.postcodeInput} @input=${(event: Event) => actions.typePostcode(valueOf(event))} />
              <button type="submit" ?disabled=${model.lookingUp}>${t('findButton')}</button>
            </div>
          </div>`
          : nothing
      }
      <p id="postcode-message" part="postcode-message" class="message ${postcodeError ? 'error-message' : ''}" role="status">${model.postcodeMessage?.text ?? ''}</p>
      <local-offer-council-picker .value=${model.livesIn} .label=${model.postcodeLookup ? t('orPickCouncil') : undefined} .hint=${t('pickCouncilHint')}
        .strings=${model.strings} @local-offer-council-pick=${actions.pickCouncil}></local-offer-council-picker>
    </fieldset>
    <div class="field">
      <label for="looked-after">${t('lookedAfterLabel')}</label>
      <span class="hint" id="looked-after-hint">${t('lookedAfterHint')}</span>
      <select id="looked-after" aria-describedby="looked-after-hint" @change=${(event: Event) => actions.chooseLookedAfter(valueOf(event) || undefined)}>
        <option value="" ?selected=${!model.lookedAfterBy && model.lookedAfterChoice !== 'unknown'}>${t('lookedAfterChoose')}</option>
        <option value="unknown" ?selected=${model.lookedAfterChoice === 'unknown'}>${t('lookedAfterUnknown')}</option>
        ${UPPER_TIER_COUNCILS.map((council) => html`<option value=${council.code} ?selected=${model.lookedAfterBy === council.code}>${council.shortName}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="age">${t('ageLabel')}</label>
      <span class="hint" id="age-hint">${t('ageHint')}</span>
      ${age === 'invalid' ? html`<span class="error-message" id="age-error">${t('ageError')}</span>` : nothing}
      <input id="age" type="text" inputmode="numeric" autocomplete="off" spellcheck="false" .value=${model.ageInput}
        aria-describedby=${age === 'invalid' ? 'age-hint age-error' : 'age-hint'} aria-invalid=${age === 'invalid' ? 'true' : 'false'}
        @input=${(event: Event) => actions.typeAge(valueOf(event))} />
    </div>
    <div class="field">
      <label for="situation">${t('situationLegend')}</label>
      <select id="situation" @change=${(event: Event) => {
        const value = valueOf(event);
        actions.chooseSituation(isSituation(value) ? value : undefined);
      }}>
        <option value="" ?selected=${!model.situation}>${t('situationChoose')}</option>
        ${SITUATIONS.map((situation) => html`<option value=${situation} ?selected=${model.situation === situation}>${t(SITUATION_KEYS[situation])}</option>`)}
      </select>
    </div>
    ${model.canFold ? html`<button type="button" part="show-results" @click=${actions.fold}>${t('showResults')}</button>` : nothing}
  </form>`;
}

export interface AnswersModel {
  readonly localizer: Localizer<FinderKey | AboutYouKey>;
  readonly heading: (offset: number, text: string, part: string, className: string, id?: string) => TemplateResult;
  readonly livesIn: string | undefined;
  readonly lookedAfterBy: string | undefined;
  readonly age: number | undefined;
  readonly situation: Situation | undefined;
}

/**
 * Once a place is chosen, the questions fold into one line of answers with "Change your answers" (GOV.UK's
 * "check your answers" pattern), so the results are where the young person is looking.
 */
export function renderAnswers(model: AnswersModel, change: () => void): TemplateResult {
  const { t } = model.localizer;
  const name = (code: string | undefined) => (code ? (councilByCode(code)?.shortName ?? code) : undefined);
  const place = name(model.livesIn);
  const carer = name(model.lookedAfterBy);
  const answers = [
    place,
    carer && carer !== place ? t('answersLookedAfter', { council: carer }) : undefined,
    model.age !== undefined ? t('answersAge', { age: model.age }) : undefined,
    model.situation ? t(SITUATION_KEYS[model.situation]) : undefined,
  ].filter(Boolean);
  // Focus moves here when the questions fold, so it can take focus, though it is no control.
  return html`<div class="answers" part="answers" id="answers" tabindex="-1">
    ${model.heading(1, t('answersHeading'), 'answers-heading', 'heading-s', 'answers-heading')}
    <p class="answers-line">${answers.join(' · ')}</p>
    <p><button type="button" class="secondary" part="change-answers" @click=${change}>${t('changeAnswers')}</button></p>
  </div>`;
}
