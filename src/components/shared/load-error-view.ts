/**
 * The error an element shows in place of an offer it cannot show: what went wrong in plain English, the
 * JSON Pointers of schema errors (for the website team, behind a disclosure), and Retry for network errors.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OfferLoadError, OfferLoadErrorKind } from '../../context/offer-load-error.js';
import type { Localizer } from '../../i18n/localize.js';
import type { CommonKey } from '../../i18n/strings/common.js';
import type { DroppedPart } from '../../schema/lenient.js';
import { assertNever } from '../../util/assert-never.js';

const SHOWN_ISSUES = 10;

function explanation(error: OfferLoadError, localizer: Localizer<CommonKey>): string {
  switch (error.kind) {
    case 'offline':
      return localizer.t('errorOffline');
    case 'timeout':
      return localizer.t('errorTimeout');
    case 'http':
      return localizer.t(error.details.status === 404 || error.details.status === 410 ? 'errorNotFound' : 'errorHttp', { status: error.details.status ?? '' });
    case 'not-json':
      return localizer.t('errorNotJson');
    case 'invalid':
      return localizer.t('errorInvalid');
    case 'no-source':
      return localizer.t('errorNoSource');
    case 'network':
      return localizer.t('errorNetwork');
    case 'missing-code':
      return localizer.t('errorMissingCode');
    default:
      return assertNever(error.kind, 'load error kind');
  }
}

/** For the website team: what went wrong in terms they can act on, as far as the browser could tell. */
function fetchDetails(error: OfferLoadError, localizer: Localizer<CommonKey>): string | undefined {
  const url = error.details.url;
  if (error.kind === 'missing-code') return localizer.t('errorMissingCodeDetails', { url: url ?? 'a file in chunks/' });
  if (!url) return undefined;
  if (error.kind === 'network' && error.details.cause === 'redirect') return localizer.t('errorRedirectDetails', { url });
  if (error.kind === 'network' && error.details.cause === 'cors') return localizer.t('errorCorsDetails', { url });
  if (error.kind === 'network' || error.kind === 'timeout') return localizer.t('errorFetchDetails', { url });
  if (error.kind === 'http') return localizer.t('errorHttpDetails', { url, status: error.details.status ?? '' });
  return undefined;
}

/**
 * `explain` replaces the explanation for some kinds: the finder, which has no `src`, says what it needs
 * instead of the common "set the src attribute".
 */
export function renderLoadError(
  error: OfferLoadError,
  localizer: Localizer<CommonKey>,
  onRetry: () => void,
  explain: Partial<Record<OfferLoadErrorKind, string>> = {},
): TemplateResult {
  const issues = (error.details.issues ?? []).filter((issue) => issue.severity === 'error');
  const shown = issues.slice(0, SHOWN_ISSUES);
  const details = fetchDetails(error, localizer);
  return html`
    <div class="notice notice--error" part="error" role="alert">
      <p class="heading-s">${localizer.t('errorHeading')}</p>
      <p>${explain[error.kind] ?? explanation(error, localizer)}</p>
      ${
        issues.length > 0
          ? html`<details part="error-details">
            <summary>${localizer.t('errorDetailsSummary')}</summary>
            <p>${localizer.t('errorIssueCount', { count: issues.length })}</p>
            <ul class="issues">
              ${shown.map((issue) => html`<li><code>${issue.path || '(root)'}</code> ${issue.message}</li>`)}
            </ul>
            ${issues.length > SHOWN_ISSUES ? html`<p>${localizer.t('errorMoreIssues', { count: issues.length - SHOWN_ISSUES })}</p>` : nothing}
          </details>`
          : details
            ? html`<details part="error-details"><summary>${localizer.t('errorDetailsSummary')}</summary><p>${details}</p></details>`
            : nothing
      }
      ${error.retryable ? html`<button type="button" part="retry-button" @click=${onRetry}>${localizer.t('retry')}</button>` : nothing}
    </div>
  `;
}

/**
 * For the website team: the parts of an offer left out because they are not valid (the rest is shown),
 * each with its JSON Pointer, behind a disclosure so young people are not troubled by it.
 */
export function renderDroppedNote(dropped: readonly DroppedPart[], localizer: Localizer<CommonKey>): TemplateResult | typeof nothing {
  if (!dropped.length) return nothing;
  return html`<details class="website-team" part="dropped-note">
    <summary>${localizer.t('droppedSummary', { count: dropped.length })}</summary>
    <ul class="issues">
      ${dropped.slice(0, SHOWN_ISSUES).map((part) => html`<li><code>${part.path || '(root)'}</code> ${part.cause?.message ?? part.message}</li>`)}
    </ul>
    ${dropped.length > SHOWN_ISSUES ? html`<p>${localizer.t('errorMoreIssues', { count: dropped.length - SHOWN_ISSUES })}</p>` : nothing}
  </details>`;
}
