import { css } from 'lit';

/**
 * Design tokens: a GOV.UK-like default look that councils re-brand through `--local-offer-*` custom
 * properties on any ancestor. Text colours pass 4.5:1 on the default background. Sizes are px and em,
 * never rem, because council sites often change the root font size (html { font-size: 62.5% }).
 */
export const tokens = css`
  @layer local-offer.tokens {
    :host {
      --_text: var(--local-offer-color-text, #0b0c0c);
      --_secondary-text: var(--local-offer-color-secondary-text, #505a5f);
      --_background: var(--local-offer-color-background, #ffffff);
      --_surface: var(--local-offer-color-surface, #f3f2f1);
      --_border: var(--local-offer-color-border, #b1b4b6);
      --_link: var(--local-offer-color-link, #1d70b8);
      --_link-visited: var(--local-offer-color-link-visited, #4c2c92);
      --_focus: var(--local-offer-color-focus, #ffdd00);
      --_focus-text: var(--local-offer-color-focus-text, #0b0c0c);
      --_accent: var(--local-offer-color-accent, #1d70b8);
      --_success: var(--local-offer-color-success, #00703c);
      --_warning: var(--local-offer-color-warning, #594d00);
      --_warning-background: var(--local-offer-color-warning-background, #fff7bf);
      --_error: var(--local-offer-color-error, #d4351c);
      /* Error text sits on grey panels too, where GOV.UK red falls just under 4.5:1. */
      --_error-text: var(--local-offer-color-error-text, #a8281a);
      --_button: var(--local-offer-color-button, #00703c);
      --_button-text: var(--local-offer-color-button-text, #ffffff);
      /* Each button's shadow is a darker shade of its own colour, so re-branding a colour re-brands its shadow. */
      --_button-shadow: var(--local-offer-color-button-shadow, color-mix(in srgb, var(--_button) 40%, #000));
      --_secondary-button-shadow: var(--local-offer-color-secondary-button-shadow, color-mix(in srgb, var(--_surface) 60%, #000));
      --_warning-button-shadow: var(--local-offer-color-warning-button-shadow, color-mix(in srgb, var(--_error) 40%, #000));
      --_space: var(--local-offer-space, 1em);
      --_radius: var(--local-offer-radius, 0);
      --_font-family: var(--local-offer-font-family, inherit);
    }
  }
`;
