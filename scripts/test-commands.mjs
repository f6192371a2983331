// Extra browser commands for tests: emulate CSS media features that @web/test-runner's own emulateMedia
// does not cover for Chromium through puppeteer (forced-colors).
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'local-offer-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features is not supported on ${session.browser.type}`);
      // puppeteer's emulateMediaFeatures refuses forced-colors, which Chromium itself supports.
      const page = session.browser.getPage(session.id);
      // Emulation lasts only as long as the CDP session that set it, so keep one per page.
      let client = sessions.get(page);
      if (!client) sessions.set(page, (client = await page.createCDPSession()));
      await client.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
