import { GIVEN_NAMES, SURNAMES } from './data/personNames';
import type { Random } from './random';

/** A generated person: the Chinese name and its pinyin syllables (张建华 → zhang, jian, hua). */
export interface DemoPerson {
  name: string;
  syllables: readonly string[];
}

/** A person with a common surname and a given name of one or two characters. */
export function samplePerson(rng: Random): DemoPerson {
  const [surname, surnamePinyin] = rng.pickFront(SURNAMES);
  const [given, givenPinyin] = rng.pick(GIVEN_NAMES);
  return { name: surname + given, syllables: [surnamePinyin, ...givenPinyin.split(' ')] };
}
