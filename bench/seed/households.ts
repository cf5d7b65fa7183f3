import { testBsns } from './bsn.ts';
import { cityOf, householdId, personId, placement } from './plan.ts';
import { RowRandom } from './random.ts';
import { type Batch, emptyBatch } from './rows.ts';
import { firstNames, lastNames, postcodeLetters, streets } from './vocabulary.ts';

/** Roughly the Dutch household-size distribution (CBS): mean about 2.2 people. */
function householdSize(r: RowRandom): number {
  const roll = r.next(100);
  if (roll < 38) return 1;
  if (roll < 68) return 2;
  if (roll < 82) return 3;
  if (roll < 94) return 4;
  return 5;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const date = (r: RowRandom, fromYear: number, toYear: number) =>
  `${fromYear + r.next(toYear - fromYear + 1)}-${pad2(1 + r.next(12))}-${pad2(1 + r.next(28))}`;

function postcode(r: RowRandom, postcodes: readonly string[]): string {
  let letters = r.pick([...postcodeLetters]) + r.pick([...postcodeLetters]);
  if (letters === 'SS' || letters === 'SD' || letters === 'SA') letters = 'AB';
  return `${r.pick(postcodes)} ${letters}`;
}

/** Generates households [from, to) with their people; the same range always gives the same rows. */
export function generateBatch(from: number, to: number): Batch {
  const batch = emptyBatch();
  const bsns = testBsns();
  const { households: h, persons: p, members: m } = batch;
  for (let i = from; i < to; i++) {
    const r = new RowRandom(i);
    const { coordinatorId, area } = placement(i, r.next(1 << 30));
    const size = householdSize(r);
    const adults = size === 1 ? 1 : size === 2 ? (r.next(10) < 7 ? 2 : 1) : r.next(10) < 8 ? 2 : 1;
    const familyName = r.pick(lastNames);
    const hasChildren = size > adults;

    h.id.push(householdId(i));
    h.name.push(`${hasChildren ? 'Gezin' : 'Huishouden'} ${familyName}`);
    h.postcode.push(postcode(r, area.postcodes));
    h.houseNumber.push(String(1 + r.next(250)) + (r.next(10) === 0 ? r.pick(['a', 'b', 'c']) : ''));
    h.street.push(r.pick(streets));
    h.city.push(cityOf(area));
    h.areaId.push(area.id);
    h.coordinatorId.push(coordinatorId);

    const since = date(r, 2015, 2025);
    for (let j = 0; j < size; j++) {
      const adult = j < adults;
      const id = personId(i, j);
      p.id.push(id);
      p.bsn.push(bsns[(i * 5 + j) % bsns.length]!);
      p.firstName.push(r.pick(firstNames));
      p.lastName.push(adult && j > 0 && r.next(10) < 3 ? r.pick(lastNames) : familyName);
      p.birthDate.push(adult ? date(r, hasChildren ? 1972 : 1940, 2003) : date(r, 2007, 2024));
      // Derived from the position, not drawn, so the rest of the seed stays the same as before.
      p.sex.push((i * 5 + j) % 2 === 0 ? 'female' : 'male');
      m.householdId.push(householdId(i));
      m.personId.push(id);
      m.memberRole.push(adult ? (hasChildren ? 'gezagsdrager' : 'volwassene') : 'kind');
      m.since.push(since);
    }
  }
  return batch;
}
