import { setViewport } from '@web/test-runner-commands';

/**
 * A 360 × 740 phone, with the page in Arial as a council's usually is (GOV.UK's is "GDS Transport", arial):
 * each engine's own default font differs (Firefox's DejaVu Serif is much wider than Chromium's Times), and
 * a phone's scroll bar takes no width. WebKit's WebDriver cannot set the viewport; there the card is held
 * to the width a 360px page gives it (less the body's 8px margins), which is what decides its height.
 */
export async function onPhone(): Promise<{ restore: () => Promise<void>; width: string }> {
  const before = { width: window.innerWidth, height: window.innerHeight };
  const root = document.documentElement.style;
  root.overflow = 'hidden';
  document.body.style.fontFamily = 'Arial, sans-serif';
  const reset = () => {
    root.overflow = '';
    document.body.style.fontFamily = '';
  };
  try {
    await setViewport({ width: 360, height: 740 });
    return { restore: () => setViewport(before).then(reset), width: '' };
  } catch {
    return { restore: async () => reset(), width: '344px' };
  }
}
