// Deterministic national-size test data for the benchmark: offers that pass the schema, with realistic
// words so search has something to chew on. Plain JS so both Node (the server) and the browser use it.

const AREAS = [
  'health-and-wellbeing',
  'relationships',
  'education-and-training',
  'employment',
  'accommodation',
  'participation-in-society',
  'financial-literacy',
];
const WORDS = [
  'council',
  'tax',
  'housing',
  'rent',
  'deposit',
  'bursary',
  'university',
  'college',
  'apprenticeship',
  'job',
  'training',
  'leisure',
  'pass',
  'gym',
  'swimming',
  'bus',
  'travel',
  'mental',
  'health',
  'dentist',
  'prescription',
  'passport',
  'birth',
  'certificate',
  'bank',
  'account',
  'budgeting',
  'cooking',
  'furniture',
  'cooker',
  'broadband',
  'phone',
  'laptop',
  'driving',
  'lessons',
  'advocacy',
  'adviser',
  'mentor',
  'family',
  'time',
  'birthday',
  'grant',
  'allowance',
  'support',
  'advice',
  'free',
  'discount',
  'priority',
  'register',
  'café',
  'Nottingham',
  'Ashfield',
  'Camden',
  'Manchester',
];

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function words(next, count) {
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

/** One valid offer with `items` entitlements for the council `code`. */
export function generateOffer(code, name, items, seed = 1) {
  const next = random(seed);
  const id = `bench-${code.toLowerCase()}`;
  return {
    schemaVersion: '1.0',
    id,
    title: `${name} Local Offer (benchmark data)`,
    isExample: true,
    publisher: { name, councilCode: code },
    covers: [code],
    lastReviewed: '2026-09-01',
    providers: [
      { id: 'council', name, kind: 'council', councilCode: code },
      { id: 'partner', name: `${name} Partners`, kind: 'charity' },
    ],
    contacts: [
      {
        id: 'team',
        name: 'Leaving Care Team',
        role: 'leaving-care-team',
        providerId: 'council',
        phone: '0115 496 0123',
        email: 'team@example.org',
        openingHours: {
          monday: [{ opens: '09:00', closes: '17:00' }],
          tuesday: [{ opens: '09:00', closes: '17:00' }],
          wednesday: [{ opens: '09:00', closes: '17:00' }],
          thursday: [{ opens: '09:00', closes: '17:00' }],
          friday: [{ opens: '09:00', closes: '16:30' }],
        },
      },
      { id: 'emergency', name: 'Emergency Duty Team', role: 'out-of-hours', providerId: 'council', phone: '0115 496 0999', openingHours: { alwaysOpen: true } },
    ],
    entitlements: Array.from({ length: items }, (_, i) => ({
      id: `item-${i}`,
      title: `${words(next, 3)} ${i}`,
      summary: `${words(next, 14)}.`,
      area: AREAS[i % AREAS.length],
      tags: [WORDS[Math.floor(next() * WORDS.length)]],
      basis: i % 5 === 0 ? 'partner' : 'discretionary',
      providerId: i % 5 === 0 ? 'partner' : 'council',
      contactId: 'team',
      eligibility: { minAge: 16, maxAge: 24 },
      value: i % 3 === 0 ? { amountPence: 10000 * (1 + (i % 40)), period: 'once' } : { description: 'Free' },
      howToClaim: words(next, 10),
      links: [{ title: 'More information', url: `https://example.org/${id}/${i}` }],
    })),
  };
}

/** The 153 upper-tier councils' codes are not needed for timing: 153 synthetic E06 codes stand in. */
export function generateNationalOffers(offers = 153, items = 40) {
  return Array.from({ length: offers }, (_, i) => generateOffer(`E06${String(900000 + i).padStart(6, '0')}`, `Council ${i + 1}`, items, i + 1));
}
