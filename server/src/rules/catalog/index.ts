// The built-in catalog: one family per rule id of shared/src/rules.ts.
import type { Family } from '../types';
import { needsNoun } from './needs-noun';
import { priceConcession } from './price-concession';
import { rapportLanguage } from './rapport-language';
import { singleThread } from './single-thread';
import { thanksForTime } from './thanks-for-time';
import { transactionWord } from './transaction-word';

export const CATALOG: readonly Family[] = [thanksForTime, needsNoun, transactionWord, rapportLanguage, priceConcession, singleThread];
