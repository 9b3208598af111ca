import { uuidv7 } from '../ids/uuidv7';
import type { Broker } from '../model/customer';
import { epochMs } from '../calendar/marketCalendar';
import { samplePerson } from './person';
import { Random } from './random';
import { STREAM } from './streams';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Brokers joined the company between three years and a year before today. */
const JOINED_DAYS_AGO: readonly [number, number] = [365, 1100];

/** A free deal-number prefix: the name's pinyin initials (张建华 → ZJH), with a letter added on a clash. */
function freePrefix(syllables: readonly string[], taken: ReadonlySet<string>): string | undefined {
  const initials = syllables.map((s) => s[0]!.toUpperCase()).join('');
  if (!taken.has(initials)) return initials;
  return [...LETTERS].map((letter) => initials + letter).find((prefix) => !taken.has(prefix));
}

/** `count` brokers with distinct names and distinct 2–4 letter prefixes for their deal numbers. */
export function generateBrokers(seed: number, count: number, today: number): Broker[] {
  const rng = Random.derive(seed, STREAM.brokers, 0);
  const brokers: Broker[] = [];
  const names = new Set<string>();
  const prefixes = new Set<string>();
  while (brokers.length < count) {
    const person = samplePerson(rng);
    const prefix = freePrefix(person.syllables, prefixes);
    if (names.has(person.name) || prefix === undefined) continue;
    names.add(person.name);
    prefixes.add(prefix);
    const joined = today - rng.int(JOINED_DAYS_AGO[0], JOINED_DAYS_AGO[1]);
    brokers.push({ id: uuidv7(epochMs(joined, 540), rng.bytes), name: person.name, prefix });
  }
  return brokers;
}
