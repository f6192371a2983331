/**
 * The checklist.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const CHECKLIST_STRINGS = Object.freeze({
  belowMinimum:
    'This offer says {amount}. That is less than the {minimum} the government recommends councils give (from {date}). You can ask your personal adviser about it, get help from an advocate, or make a complaint.',
  checklistHeading: 'What you can get',
  profileLegend: 'About you',
  profileHint: 'Answer what you like. Your answers stay on this device.',
  lookedAfterLegend: 'Did {council} look after you?',
  answerYes: 'Yes',
  answerNo: 'No',
  answerNotSure: "I'm not sure",
  livesInLabel: 'Where do you live now?',
  livesInElsewhere: 'Somewhere else',
  livesInUnknown: "I'd rather not say",
  progress: '{ticked} of {total} ticked',
  tickLabel: 'I already get this',
  noAnswersIntro: 'Tell us about your time in care above to see exactly what you can get. Until then, here is what may be for you.',
  notSureIntro: 'That’s fine: lots of people are not sure. Here is what may be for you.',
  askTeam: '{team} can tell you which of these you can get.',
  askTeamToCheck: 'If you think that is wrong, or things change, ask {team}.',
  callTeam: 'Call {number}',
  emptyChecklist: 'From what you told us, nothing in this offer is for you.',
  challengeContact: 'Contact {name}',
  showMore: 'Show {count} more (of {total})',
  clearAnswers: 'Clear my answers',
  answersCleared: 'Your answers have been cleared.',
  printList: 'Print',
  downloadText: 'Download as text',
  storageFull: "This device's storage is full, so your latest answers could not be saved. They stay while this page is open.",
  storageUnavailable: "Your ticks can't be saved on this device (it may be in private browsing), so they will be lost when you leave this page.",
  ticked: 'I already get this',
  notTicked: 'Not yet',
}) satisfies Messages;

export type ChecklistKey = keyof typeof CHECKLIST_STRINGS;
