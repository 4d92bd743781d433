/** Messages for people: error sentences, outbox changes in words, and the number/day/duration words they use. */
export * from './errorSentence.js';
export * from './fields.js';
export * from './outboxWords.js';
export * from './serviceOfCall.js';
export * from './words.js';
