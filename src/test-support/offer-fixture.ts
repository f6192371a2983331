/** A small valid offer for tests; each test changes one thing and checks what that breaks. */
export function minimalOffer(): Record<string, any> {
  return {
    schemaVersion: '1.0',
    id: 'test-offer',
    title: 'Test Local Offer',
    isExample: true,
    publisher: { name: 'Ashfield District Council', councilCode: 'E07000170' },
    lastReviewed: '2026-09-01',
    providers: [
      { id: 'notts', name: 'Nottinghamshire County Council', kind: 'council', councilCode: 'E10000024', tier: 'county' },
      { id: 'cafe', name: 'Corner Café', kind: 'business' },
    ],
    contacts: [
      {
        id: 'team',
        name: 'Leaving Care Team',
        role: 'leaving-care-team',
        providerId: 'notts',
        phone: '0115 496 0123',
        openingHours: { monday: [{ opens: '09:00', closes: '17:00' }] },
      },
    ],
    entitlements: [
      {
        id: 'setting-up-home',
        title: 'Setting-up-home allowance',
        summary: 'Money for your first home.',
        area: 'accommodation',
        basis: 'national-statutory',
        nationalEntitlement: 'setting-up-home-allowance',
        providerId: 'notts',
        contactId: 'team',
        eligibility: { statuses: ['former-relevant'], minAge: 18, maxAge: 25 },
        value: { amountPence: 300000, period: 'once' },
        links: [{ title: 'More about it', url: 'https://example.org/setting-up-home' }],
      },
      {
        id: 'free-coffee',
        title: 'Free coffee',
        summary: 'A free coffee every week.',
        area: 'health-and-wellbeing',
        basis: 'community',
        providerId: 'cafe',
      },
    ],
  };
}
