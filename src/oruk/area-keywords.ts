/**
 * Which of the seven areas of a Local Offer a directory's service belongs to, from its taxonomy terms or
 * its words. Directories use their own taxonomies (LGA service types, Placecube categories, free text), so
 * the match is by keywords: good enough to place most services, and always reported as an assumption.
 */
import { fold } from '../text/fold.js';
import type { Area } from '../schema/index.js';

/** Folded keywords and phrases; a match must be whole words, so "rent" never matches "parent". */
const KEYWORDS: Readonly<Record<Area, readonly string[]>> = {
  'health-and-wellbeing': [
    'health',
    'mental health',
    'wellbeing',
    'well being',
    'counselling',
    'counseling',
    'therapy',
    'therapist',
    'gp',
    'doctor',
    'dentist',
    'dental',
    'nhs',
    'prescription',
    'prescriptions',
    'sexual health',
    'drug',
    'drugs',
    'alcohol',
    'substance',
    'addiction',
    'smoking',
    'fitness',
    'sport',
    'sports',
    'leisure',
    'gym',
    'swim',
    'swimming',
    'exercise',
    'emotional',
    'anxiety',
    'depression',
    'eating disorder',
    'eating disorders',
    'self harm',
    'bereavement',
    'nutrition',
    'healthy eating',
    'pregnancy',
    'maternity',
    'disability',
    'disabilities',
    'autism',
    'physical activity',
    'stress',
  ],
  relationships: [
    'relationship',
    'relationships',
    'family',
    'families',
    'parent',
    'parents',
    'parenting',
    'young parents',
    'mentor',
    'mentors',
    'mentoring',
    'befriending',
    'friendship',
    'friends',
    'social activities',
    'social group',
    'youth club',
    'youth clubs',
    'youth work',
    'domestic abuse',
    'domestic violence',
    'loneliness',
    'isolation',
    'peer support',
    'siblings',
    'birthday',
    'celebration',
    'celebrations',
    'personal adviser',
    'personal advisers',
  ],
  'education-and-training': [
    'education',
    'training',
    'college',
    'colleges',
    'university',
    'universities',
    'school',
    'schools',
    'courses',
    'learning',
    'study',
    'studying',
    'tuition',
    'bursary',
    'bursaries',
    'higher education',
    'further education',
    'skills',
    'literacy',
    'numeracy',
    'esol',
    'qualification',
    'qualifications',
    'student',
    'students',
    'virtual school',
    'adult learning',
  ],
  employment: [
    'employment',
    'job',
    'jobs',
    'career',
    'careers',
    'apprenticeship',
    'apprenticeships',
    'traineeship',
    'traineeships',
    'internship',
    'internships',
    'cv',
    'interview',
    'interviews',
    'work experience',
    'jobcentre',
    'employability',
    'employer',
    'employers',
    'paid work',
    'into work',
    'back to work',
    'work placement',
  ],
  accommodation: [
    'housing',
    'accommodation',
    'homeless',
    'homelessness',
    'tenancy',
    'tenancies',
    'rent',
    'rented',
    'hostel',
    'supported living',
    'supported housing',
    'landlord',
    'landlords',
    'staying put',
    'staying close',
    'foyer',
    'supported lodgings',
    'lodgings',
    'shelter',
    'setting up home',
    'place to live',
    'somewhere to live',
  ],
  'participation-in-society': [
    'advocacy',
    'advocate',
    'rights',
    'have your say',
    'participation',
    'voice',
    'volunteering',
    'volunteer',
    'volunteers',
    'transport',
    'travel',
    'bus',
    'bus pass',
    'driving',
    'driving lessons',
    'identity',
    'passport',
    'id',
    'legal',
    'legal advice',
    'immigration',
    'asylum',
    'citizenship',
    'community',
    'culture',
    'arts',
    'library',
    'libraries',
    'digital inclusion',
    'internet',
    'children in care council',
    'complaints',
    'voting',
  ],
  'financial-literacy': [
    'money',
    'budget',
    'budgeting',
    'debt',
    'debts',
    'benefits',
    'welfare',
    'financial',
    'finance',
    'finances',
    'council tax',
    'bank account',
    'banking',
    'savings',
    'universal credit',
    'cost of living',
    'food bank',
    'foodbank',
    'allowance',
    'grant',
    'grants',
    'money advice',
    'energy bills',
    'bills',
  ],
};

/** Ties go to the area listed first, which is the order of the statutory guidance. */
const AREA_ORDER = Object.keys(KEYWORDS) as Area[];

export interface AreaMatch {
  readonly area: Area;
  /** The keywords that decided it, as found in the text. */
  readonly keywords: readonly string[];
}

/** `padded` is folded text with a space at each end, so every keyword can be matched as whole words. */
function keywordsIn(padded: string, area: Area): string[] {
  return KEYWORDS[area].filter((keyword) => padded.includes(` ${keyword} `));
}

/**
 * The area whose keywords occur most often in the texts (earlier texts count more, so a service's name
 * outweighs its description), or undefined when no keyword occurs at all.
 */
export function guessArea(texts: readonly string[]): AreaMatch | undefined {
  let best: { area: Area; score: number; keywords: string[] } | undefined;
  const padded = texts.map((text) => ` ${fold(text)} `);
  for (const area of AREA_ORDER) {
    let score = 0;
    const found: string[] = [];
    padded.forEach((text, index) => {
      const hits = keywordsIn(text, area);
      // Earlier texts weigh more: the name, then the description.
      score += hits.length * (texts.length - index);
      for (const hit of hits) if (!found.includes(hit)) found.push(hit);
    });
    if (score > 0 && (!best || score > best.score)) best = { area, score, keywords: found };
  }
  return best && { area: best.area, keywords: best.keywords };
}

/** The area a single taxonomy term names, if its words are clear enough. */
export function areaOfTerm(term: string): AreaMatch | undefined {
  return guessArea([term]);
}
