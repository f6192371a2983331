/**
 * The checklist.
 * In English; overridden through registerStrings() or an element's `strings` property.
 */
import type { Messages } from './messages.js';

export const CHECKLIST_STRINGS = Object.freeze({
  belowMinimum: 'The national minimum for this is {minimum} (from {date}). This offer says {amount}. You could ask your personal adviser about it.',
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
  tickLabel: "I've got this",
  mayApplyHeading: 'These may also be for you',
  mayApplyHint: 'Tell us {missing} above to check.',
  emptyChecklist: 'Nothing in this offer matches what you told us. Try changing your answers, or contact the leaving care team.',
  clearAnswers: 'Clear my answers',
  answersCleared: 'Your answers have been cleared.',
  printList: 'Print',
  downloadText: 'Download as text',
  storageUnavailable: "Your ticks can't be saved on this device (it may be in private browsing), so they will be lost when you leave this page.",
  ticked: 'Got it',
  notTicked: 'Not yet',
}) satisfies Messages;

export type ChecklistKey = keyof typeof CHECKLIST_STRINGS;
