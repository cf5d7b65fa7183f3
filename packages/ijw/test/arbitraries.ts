/**
 * fast-check generators for valid iJw 3.2 messages: every model they produce must pass the official XSD
 * and the official rules stylesheet. The constraints are the ones the XSD and `TR-CD-CS-regels-JW-3.2.xsl`
 * check (rule codes in the comments); free text deliberately includes markup characters, accents and
 * astral characters so escaping is exercised.
 */
import fc from 'fast-check';
import { headerDefaults } from '../src/build.ts';
import { buildDeclaratieAntwoord } from '../src/declaratie-antwoord.ts';
import * as codelijst from '../src/generated/codelijsten.ts';
import type {
  CDT_Adres,
  CDT_Communicatie,
  CDT_Geboortedatum,
  CDT_Omvang,
  CDT_Product,
  CDT_Telefoonnummers,
  CDT_VerkorteNaam,
  CDT_Verwijzer,
  CDT_VolledigeNaam,
  CDT_XsdVersie,
  IjwBerichtMap,
  Jw301Contact,
  Jw301Relatie,
  Jw301ToegewezenProduct,
  Jw305StartProduct,
  Jw307StopProduct,
  Jw315AangevraagdProduct,
  Jw317NieuwProduct,
  Jw317TeWijzigenProduct,
  Jw323Client,
  Jw323Prestatie,
  LDT_RetourCode,
} from '../src/generated/types.ts';
import { buildRetour, type RetourHeenType } from '../src/retour.ts';
import { type IjwMessageType, messageDef, requireComplexType, simpleType } from '../src/schema.ts';

// ---------------------------------------------------------------------------------------------------------
// Basics

const DAY = 86_400_000;
const d2s = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const s2d = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY;
const D2021 = s2d('2021-01-01');

/** Removes keys whose value is undefined, recursively (a parsed model never has them). */
function clean<T>(v: T): T {
  if (Array.isArray(v)) return v.map(clean) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = clean(x);
    return out as T;
  }
  return v;
}

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const alnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
    minLength: min,
    maxLength: max,
  });

// Letters, digits, space, markup characters, accents, an astral character: exercises escaping.
const TEXT_UNITS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-&<>\'"/éëüñçß€',
  '😀',
];
/** Free text for `.*[^\s].*` types: one line, at least one non-space character. */
const text = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: max })
    .filter((s) => /\S/.test(s));
/** Commentaar may span lines and contain tabs (whitespace must survive the round trip). */
const commentaar = fc
  .string({ unit: fc.constantFrom(...TEXT_UNITS, '\n', '\t', '\r'), minLength: 1, maxLength: 60 })
  .filter((s) => /\S/.test(s));

/** A BSN that passes the 11-proef (CS002). */
const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((ds) => {
    const s = ds.reduce((acc, d, i) => acc + d * (9 - i), 0);
    return { ds, check: s % 11 };
  })
  .filter(({ ds, check }) => check < 10 && ds.some((d) => d !== 0))
  .map(({ ds, check }) => `${ds.join('')}${check}`);

const agb = digits(8);
const GEMEENTEN = Object.keys(codelijst.CBS_GEMEENTECODES);
const gemeente = fc.constantFrom(...GEMEENTEN);
const versie = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`);
const xsdVersie: fc.Arbitrary<CDT_XsdVersie> = fc.record({
  BasisschemaXsdVersie: versie,
  BerichtXsdVersie: versie,
});
const identificatie = alnum(1, 12);
/** Dagtekening of a message: recent enough for every date rule to be satisfiable. */
const dagtekening = fc.integer({ min: s2d('2022-01-01'), max: s2d('2030-12-31') });

function header<T extends IjwMessageType>(
  type: T,
  afzender: fc.Arbitrary<string>,
  ontvanger: fc.Arbitrary<string>,
  dag: number,
) {
  return fc
    .record({ Afzender: afzender, Ontvanger: ontvanger, Identificatie: identificatie, XsdVersie: xsdVersie })
    .map((h) => ({
      ...headerDefaults(type),
      Afzender: h.Afzender,
      Ontvanger: h.Ontvanger,
      BerichtIdentificatie: { Identificatie: h.Identificatie, Dagtekening: d2s(dag) },
      XsdVersie: h.XsdVersie,
    }));
}

/** Geboortedatum ≤ Dagtekening (TR134), within 120 years (TR002), DatumGebruik consistent (CS139). */
function geboortedatum(dag: number): fc.Arbitrary<CDT_Geboortedatum> {
  return fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.integer({ min: dag - 100 * 365, max: dag }).map((d) => ({ Datum: d2s(d) })),
      },
      {
        weight: 1,
        arbitrary: fc.integer({ min: dag - 100 * 365, max: dag }).map((d) => {
          const s = d2s(d);
          return { Datum: `${s.slice(0, 8)}01`, DatumGebruik: '1' as const };
        }),
      },
      { weight: 1, arbitrary: fc.constant({ Datum: '1900-01-01', DatumGebruik: '3' as const }) },
    )
    .filter((g) => s2d(g.Datum) <= dag);
}

const achternaam = fc.record(
  { Achternaam: text(40), Voorvoegsel: opt(text(10)) },
  { requiredKeys: ['Achternaam'] },
);
const voorletters = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÖabc'),
  minLength: 1,
  maxLength: 6,
});

/** CS050: with a Partnernaam NaamGebruik is 1–4, otherwise 1 or 6; CS318: a client is never 6. */
function volledigeNaam(client: boolean): fc.Arbitrary<CDT_VolledigeNaam> {
  return fc
    .record({
      Geslachtsnaam: achternaam,
      Partnernaam: opt(achternaam),
      Voornamen: opt(text(60)),
      Voorletters: opt(voorletters),
      ng: fc.constantFrom('1', '2', '3', '4', '6'),
    })
    .map(({ ng, ...n }) => {
      const NaamGebruik = (n.Partnernaam ? (ng === '6' ? '1' : ng) : client || ng !== '6' ? '1' : '6') as
        | '1'
        | '2'
        | '3'
        | '4'
        | '6';
      return clean({ ...n, NaamGebruik });
    });
}

const verkorteNaam: fc.Arbitrary<CDT_VerkorteNaam> = fc
  .record({ Geslachtsnaam: achternaam, Voornamen: opt(text(60)), Voorletters: opt(voorletters) })
  .map(clean);

const telefoon: fc.Arbitrary<CDT_Telefoonnummers> = fc
  .record({
    Telefoon01: fc.record({
      Telefoonnummer: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 15 }),
      Landnummer: fc.constantFrom('0031', '0032', '49'),
    }),
    Telefoon02: opt(fc.record({ Telefoonnummer: digits(10), Landnummer: fc.constant('0031') })),
  })
  .map(clean);

const huis = fc
  .record({
    Huisnummer: fc.integer({ min: 0, max: 99999 }),
    Huisletter: opt(fc.constantFrom('A', 'B', 'c', 'é')),
    HuisnummerToevoeging: opt(alnum(1, 4)),
    AanduidingWoonadres: opt(fc.constantFrom(...codelijst.NUM061_CODES)),
  })
  .map(clean);

/** Dutch address: Huis (CD025), postcode 1234AB (CS089); Postcode and LandCode together (CD005). */
const nlAdres: fc.Arbitrary<CDT_Adres> = fc
  .record({
    Huis: huis,
    Postcode: fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('AB', 'XX', 'zz', 'Kl'))
      .map(([n, l]) => `${n}${l}`),
    Straatnaam: opt(text(24)),
    Plaatsnaam: opt(text(40)),
    LandCode: fc.constant('NL' as const),
  })
  .map(clean);

const buitenlandAdres: fc.Arbitrary<CDT_Adres> = fc
  .record({
    Huis: opt(huis),
    Postcode: alnum(1, 8),
    Straatnaam: opt(text(24)),
    Plaatsnaam: opt(text(40)),
    LandCode: fc.constantFrom(...codelijst.COD032_CODES.filter((c) => c !== 'NL')),
  })
  .map(clean);

/**
 * A JW301 Contact of the given Soort: Soort 01/03 need an address with postcode (CD034), without Telefoon
 * there must be Huis and Postcode (TR006), Periode only for Soort 04 (CD009) and Einddatum ≥ Begindatum
 * with a Begindatum (CS003).
 */
function contact(soort: '01' | '02' | '03' | '04', dag: number): fc.Arbitrary<Jw301Contact> {
  return fc
    .record({
      adres: fc.oneof(nlAdres, buitenlandAdres),
      metAdres: fc.boolean(),
      Organisatie: opt(text(35)),
      Telefoon: opt(telefoon),
      Emailadres: opt(text(80)),
      begin: opt(fc.integer({ min: dag - 400, max: dag + 400 })),
      duur: opt(fc.integer({ min: 0, max: 400 })),
    })
    .map((c) => {
      const needsAdres = soort === '01' || soort === '03' || !c.Telefoon || c.metAdres;
      let Adres = needsAdres ? c.adres : undefined;
      if (Adres && !c.Telefoon && !Adres.Huis) Adres = { ...Adres, Huis: { Huisnummer: 1 } };
      const Periode =
        soort === '04' && c.begin !== undefined
          ? clean({
              Begindatum: d2s(c.begin),
              Einddatum: c.duur !== undefined ? d2s(c.begin + c.duur) : undefined,
            })
          : undefined;
      return clean({
        Soort: soort,
        Adres,
        Organisatie: c.Organisatie,
        Telefoon: c.Telefoon,
        Emailadres: c.Emailadres,
        Periode,
      });
    });
}

/** Distinct values from a list, in a random order. */
function subset<T>(values: readonly T[], min: number, max: number) {
  return fc.shuffledSubarray([...values], { minLength: min, maxLength: max });
}

// ---------------------------------------------------------------------------------------------------------
// Products with their period and size (shared by JW301, JW315, JW317)

type Soort = 'specifiek' | 'aspecifiek' | 'generiek';

interface ProductShape {
  soort: Soort;
  Product?: CDT_Product;
  Omvang?: CDT_Omvang;
  Budget?: number;
  /** Whether an Einddatum is required (Budget, CD075; Frequentie 2, CD076). */
  needsEnd: boolean;
}

const categorie = fc.constantFrom(...codelijst.JZ020_CODES);

/**
 * Product + Omvang or Budget: a Code needs an Omvang (CD041) and an Omvang needs a Code (CD080/CD095/CD096);
 * Omvang and Budget exclude each other (CD077/CD078); without Budget a Product is required (CD079); units
 * 14/16/83/84 go per week, month or period (CS338/CS343).
 */
const productShape: fc.Arbitrary<ProductShape> = fc
  .record({
    soort: fc.constantFrom<Soort>('specifiek', 'specifiek', 'aspecifiek', 'generiek'),
    cat: categorie,
    code: alnum(3, 3),
    Volume: fc.integer({ min: 0, max: 99_999_999 }),
    Eenheid: fc.constantFrom(...codelijst.WJ756_CODES),
    Frequentie: fc.constantFrom(...codelijst.WMO757_CODES),
    Budget: fc.integer({ min: 0, max: 99_999_999 }),
    aspecifiekBudget: fc.boolean(),
  })
  .map((p): ProductShape => {
    if (p.soort === 'specifiek') {
      const Frequentie =
        ['14', '16', '83', '84'].includes(p.Eenheid) && p.Frequentie === '1' ? ('4' as const) : p.Frequentie;
      return {
        soort: 'specifiek',
        Product: { Categorie: p.cat, Code: `${p.cat}${p.code}` },
        Omvang: { Volume: p.Volume, Eenheid: p.Eenheid, Frequentie },
        needsEnd: Frequentie === '2',
      };
    }
    if (p.soort === 'aspecifiek') {
      return p.aspecifiekBudget
        ? { soort: 'aspecifiek', Product: { Categorie: p.cat }, Budget: p.Budget, needsEnd: true }
        : { soort: 'aspecifiek', Product: { Categorie: p.cat }, needsEnd: false };
    }
    return { soort: 'generiek', Budget: p.Budget, needsEnd: true };
  });

/**
 * Non-overlapping periods, in order (TR302/TR386/TR410: the same product, or any product without a code,
 * must not overlap); only the last one may be open-ended. All dates after 2020 (CD080, CS338).
 */
function periods(count: number, from: number, needsEnd: boolean[]) {
  return fc
    .array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 }), fc.boolean()), {
      minLength: count,
      maxLength: count,
    })
    .map((parts) => {
      let cursor = from;
      return parts.map(([gap, len, open], i) => {
        const start = cursor + gap;
        const openEnded = open && i === count - 1 && !needsEnd[i];
        const end = start + len;
        cursor = end;
        return { start, end: openEnded ? undefined : end };
      });
    });
}

// ---------------------------------------------------------------------------------------------------------
// JW301 Toewijzing

const jw301: fc.Arbitrary<IjwBerichtMap['JW301']> = dagtekening.chain((dag) =>
  fc
    .record({
      header: header('JW301', gemeente, agb, dag),
      Bsn: bsn,
      Geboortedatum: geboortedatum(dag),
      Geslacht: fc.constantFrom(...codelijst.COD046_CODES),
      Naam: volledigeNaam(true),
      // CD007: Taal exactly when Vorm is 1 (tolk taal).
      Communicatie: opt(
        fc.oneof(
          text(25).map((Taal): CDT_Communicatie => ({ Vorm: '1', Taal })),
          fc
            .constantFrom(...codelijst.COD747_CODES.filter((v) => v !== '1'))
            .map((Vorm): CDT_Communicatie => ({ Vorm })),
        ),
      ),
      JuridischeStatus: opt(fc.constantFrom(...codelijst.WJ232_CODES)),
      WettelijkeVertegenwoordiging: opt(fc.constantFrom(...codelijst.WJ003_CODES)),
      Commentaar: opt(commentaar),
      relaties: fc.array(
        fc.record({
          Volgorde: opt(fc.integer({ min: 0, max: 99 })),
          Soort: fc.constantFrom(...codelijst.COD472_CODES),
          Geboortedatum: opt(geboortedatum(dag)),
          Geslacht: opt(fc.constantFrom(...codelijst.COD046_CODES)),
          Naam: volledigeNaam(false),
          contactSoort: fc.constantFrom('01', '02', '03', '04') as fc.Arbitrary<'01' | '02' | '03' | '04'>,
        }),
        { maxLength: 3 },
      ),
      // TR061: at least one of 01/02/03; TR101: each Soort once.
      contactSoorten: subset(['01', '02', '03', '04'] as const, 1, 4).filter((s) =>
        s.some((x) => x !== '04'),
      ),
      products: fc.array(productShape, { minLength: 1, maxLength: 4 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .chain((r) =>
      fc
        .record({
          relatieContacts: fc.tuple(...r.relaties.map((rel) => contact(rel.contactSoort, dag))),
          contacts: fc.tuple(...r.contactSoorten.map((s) => contact(s, dag))),
          periods: periods(
            r.products.length,
            Math.max(D2021, dag - 500),
            r.products.map((p) => p.needsEnd),
          ),
          extras: fc.array(
            fc.record({
              ReferentieAanbieder: opt(text(36)),
              toewijzingsdag: fc.integer({ min: dag - 300, max: dag }),
              Toewijzingstijd: fc
                .tuple(
                  fc.integer({ min: 0, max: 23 }),
                  fc.integer({ min: 0, max: 59 }),
                  fc.integer({ min: 0, max: 59 }),
                )
                .map((t) => t.map((n) => String(n).padStart(2, '0')).join(':')),
              RedenWijziging: opt(
                fc.constantFrom(...codelijst.JZ002_CODES.filter((c) => c !== '01' && c !== '13')),
              ),
              Commentaar: opt(commentaar),
            }),
            { minLength: r.products.length, maxLength: r.products.length },
          ),
        })
        .map(({ relatieContacts, contacts, periods: ps, extras }) => {
          const Relaties: Jw301Relatie[] = r.relaties.map((rel, i) =>
            clean({
              Nummer: `R${i + 1}`,
              Volgorde: rel.Volgorde,
              Soort: rel.Soort,
              Geboortedatum: rel.Geboortedatum,
              Geslacht: rel.Geslacht,
              Naam: rel.Naam,
              Contact: relatieContacts[i]!,
            }),
          );
          const ToegewezenProducten: Jw301ToegewezenProduct[] = r.products.map((p, i) => {
            const e = extras[i]!;
            const period = ps[i]!;
            return clean({
              ToewijzingNummer: r.nummerBase + i,
              ReferentieAanbieder: e.ReferentieAanbieder,
              Product: p.Product,
              Toewijzingsdatum: d2s(e.toewijzingsdag),
              Toewijzingstijd: e.Toewijzingstijd,
              Ingangsdatum: d2s(period.start),
              Einddatum: period.end !== undefined ? d2s(period.end) : undefined,
              RedenWijziging: e.RedenWijziging,
              Omvang: p.Omvang,
              Budget: p.Budget,
              Commentaar: e.Commentaar,
            });
          });
          return clean({
            Header: r.header,
            Client: {
              Bsn: r.Bsn,
              Geboortedatum: r.Geboortedatum,
              Geslacht: r.Geslacht,
              Naam: r.Naam,
              Communicatie: r.Communicatie,
              JuridischeStatus: r.JuridischeStatus,
              WettelijkeVertegenwoordiging: r.WettelijkeVertegenwoordiging,
              Commentaar: r.Commentaar,
              Relaties: Relaties.length > 0 ? Relaties : undefined,
              Contactgegevens: contacts,
              ToegewezenProducten,
            },
          });
        }),
    ),
);

// ---------------------------------------------------------------------------------------------------------
// JW305 Start zorg, JW307 Stop zorg

const productOpt = opt(
  fc
    .record({ cat: categorie, code: opt(alnum(3, 3)) })
    .map((p) => clean({ Categorie: p.cat, Code: p.code && `${p.cat}${p.code}` })),
);

/** What a provider's message says of the client: a citizen service number, birth date, sex and short name. */
const providerClient = (dag: number) => ({
  Bsn: bsn,
  Geboortedatum: geboortedatum(dag),
  Geslacht: fc.constantFrom(...codelijst.COD046_CODES),
  Naam: verkorteNaam,
});
type ProviderClient = {
  Bsn: string;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: (typeof codelijst.COD046_CODES)[number];
  Naam: CDT_VerkorteNaam;
};
const clientOf = (r: ProviderClient): ProviderClient => ({
  Bsn: r.Bsn,
  Geboortedatum: r.Geboortedatum,
  Geslacht: r.Geslacht,
  Naam: r.Naam,
});

/**
 * A JW305 or JW307 from the provider: its client and 1–4 products of assignments, each numbered from
 * `nummerBase` (TR101: the key includes ToewijzingNummer, which is unique here); each message adds its own fields.
 */
function assignedProducts<
  T extends 'JW305' | 'JW307',
  S extends { Product: CDT_Product | undefined; ingang: number | undefined; begin: number },
>(type: T, dag: number, product: fc.Arbitrary<S>) {
  return fc
    .record({
      Header: header(type, agb, gemeente, dag),
      ...providerClient(dag),
      products: fc.array(product, { minLength: 1, maxLength: 4 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .map((r) => ({
      Header: r.Header,
      client: clientOf(r),
      products: r.products.map((s, i) => ({
        s,
        assigned: {
          ToewijzingNummer: r.nummerBase + i,
          Product: s.Product,
          ToewijzingIngangsdatum: s.ingang !== undefined ? d2s(s.ingang) : undefined,
          Begindatum: d2s(s.begin),
        },
      })),
    }));
}

const jw305: fc.Arbitrary<IjwBerichtMap['JW305']> = dagtekening.chain((dag) =>
  assignedProducts(
    'JW305',
    dag,
    fc.record({
      Product: productOpt,
      ingang: opt(fc.integer({ min: dag - 600, max: dag + 100 })),
      begin: fc.integer({ min: dag - 600, max: dag }), // TR134
      StatusAanlevering: fc.constantFrom('1', '3') as fc.Arbitrary<'1' | '3'>, // CS058
    }),
  ).map(({ Header, client, products }) =>
    clean({
      Header,
      Client: {
        ...client,
        StartProducten: products.map(
          ({ s, assigned }): Jw305StartProduct =>
            clean({ ...assigned, StatusAanlevering: s.StatusAanlevering }),
        ),
      },
    }),
  ),
);

const jw307: fc.Arbitrary<IjwBerichtMap['JW307']> = dagtekening.chain((dag) =>
  assignedProducts(
    'JW307',
    dag,
    fc.record({
      Product: productOpt,
      ingang: opt(fc.integer({ min: dag - 900, max: dag })),
      begin: fc.integer({ min: dag - 600, max: dag }),
      duur: fc.integer({ min: 0, max: 600 }),
      RedenBeeindiging: fc.constantFrom(...codelijst.JZ588_CODES),
      StatusAanlevering: fc.constantFrom('1', '3') as fc.Arbitrary<'1' | '3'>,
    }),
  ).map(({ Header, client, products }) =>
    clean({
      Header,
      Client: {
        ...client,
        StopProducten: products.map(
          ({ s, assigned }): Jw307StopProduct =>
            clean({
              ...assigned,
              RedenBeeindiging: s.RedenBeeindiging,
              // TR018 Einddatum ≥ Begindatum, TR134 ≤ Dagtekening.
              Einddatum: d2s(Math.min(dag, s.begin + s.duur)),
              StatusAanlevering: s.StatusAanlevering,
            }),
        ),
      },
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// JW315 Verzoek om toewijzing

/** CD066/CD067/CD068: types 02–05 carry exactly one of ZorgverlenerCode and Naam; others no ZorgverlenerCode. */
const verwijzer: fc.Arbitrary<CDT_Verwijzer> = fc
  .record({
    Type: fc.constantFrom('01', '02', '03', '04', '05', '06', '08') as fc.Arbitrary<CDT_Verwijzer['Type']>,
    naam: text(64),
    code: agb,
    metCode: fc.boolean(),
    metNaam: fc.boolean(),
  })
  .map((v) => {
    if (['02', '03', '04', '05'].includes(v.Type)) {
      return v.metCode ? { Type: v.Type, ZorgverlenerCode: v.code } : { Type: v.Type, Naam: v.naam };
    }
    return v.metNaam ? { Type: v.Type, Naam: v.naam } : { Type: v.Type };
  });

const jw315: fc.Arbitrary<IjwBerichtMap['JW315']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW315', agb, gemeente, dag),
      ...providerClient(dag),
      GezagsdragerBekend: opt(fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>),
      Commentaar: opt(commentaar),
      products: fc.array(productShape, { minLength: 1, maxLength: 4 }),
    })
    .chain((r) =>
      fc
        .record({
          periods: periods(
            r.products.length,
            Math.max(D2021, dag - 200),
            r.products.map((p) => p.needsEnd),
          ),
          extras: fc.array(
            fc.record({
              beschikking: opt(
                fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: dag - 300, max: dag })),
              ),
              Verwijzer: verwijzer,
              Raamcontract: opt(fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>),
              Commentaar: opt(commentaar),
            }),
            { minLength: r.products.length, maxLength: r.products.length },
          ),
          refBase: alnum(1, 30),
        })
        .map(({ periods: ps, extras, refBase }) =>
          clean({
            Header: r.Header,
            Client: {
              ...clientOf(r),
              GezagsdragerBekend: r.GezagsdragerBekend,
              Commentaar: r.Commentaar,
              AangevraagdeProducten: r.products.map((p, i): Jw315AangevraagdProduct => {
                const e = extras[i]!;
                return clean({
                  ReferentieAanbieder: `${refBase}-${i}`, // TR383/TR101: unique in the message
                  // CD043: BeschikkingNummer and BeschikkingIngangsdatum together.
                  BeschikkingNummer: e.beschikking?.[0],
                  Product: p.Product,
                  BeschikkingIngangsdatum: e.beschikking ? d2s(e.beschikking[1]) : undefined,
                  ToewijzingIngangsdatum: d2s(ps[i]!.start),
                  ToewijzingEinddatum: ps[i]!.end !== undefined ? d2s(ps[i]!.end!) : undefined,
                  Omvang: p.Omvang,
                  Budget: p.Budget,
                  Verwijzer: e.Verwijzer,
                  Raamcontract: e.Raamcontract,
                  Commentaar: e.Commentaar,
                });
              }),
            },
          }),
        ),
    ),
);

// ---------------------------------------------------------------------------------------------------------
// JW317 Verzoek om wijziging

const jw317: fc.Arbitrary<IjwBerichtMap['JW317']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW317', agb, gemeente, dag),
      Bsn: bsn,
      ReferentieAanbieder: text(36),
      RedenVerzoek: fc.constantFrom(...codelijst.WJ758_CODES),
      // TR352: ≥1 ongewijzigd or te wijzigen; TR353: ≥1 te wijzigen or nieuw.
      counts: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)).filter(([o, t, n]) => o + t > 0 && t + n > 0),
      teWijzigen: fc.array(
        fc.record({
          shape: productShape,
          start: fc.integer({ min: Math.max(D2021, dag - 300), max: dag + 300 }),
          len: fc.integer({ min: 0, max: 400 }),
          open: fc.boolean(),
        }),
        { minLength: 3, maxLength: 3 },
      ),
      nieuw: fc.array(productShape, { minLength: 3, maxLength: 3 }),
      nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
    })
    .chain((r) => {
      const [o, t, n] = r.counts;
      return periods(
        n,
        dag,
        r.nieuw.slice(0, n).map((p) => p.needsEnd),
      ).map((ps) => {
        const TeWijzigenProducten = r.teWijzigen.slice(0, t).map((w, i): Jw317TeWijzigenProduct => {
          const end = w.open && !w.shape.needsEnd ? undefined : w.start + w.len;
          return clean({
            ToewijzingNummer: r.nummerBase + o + i,
            GewensteIngangsdatum: d2s(w.start),
            Einddatum: end !== undefined ? d2s(end) : undefined, // CS003, CD075, CD076
            Omvang: w.shape.Omvang,
            Budget: w.shape.Budget,
          });
        });
        const NieuweProducten = r.nieuw.slice(0, n).map(
          (p, i): Jw317NieuwProduct =>
            clean({
              Product: p.Product,
              GewensteIngangsdatum: d2s(ps[i]!.start), // TR380: after the Dagtekening
              Einddatum: ps[i]!.end !== undefined ? d2s(ps[i]!.end!) : undefined,
              Omvang: p.Omvang,
              Budget: p.Budget,
            }),
        );
        return clean({
          Header: r.Header,
          Client: {
            Bsn: r.Bsn,
            Verzoek: {
              ReferentieAanbieder: r.ReferentieAanbieder,
              RedenVerzoek: r.RedenVerzoek,
              OngewijzigdeProducten:
                o > 0
                  ? Array.from({ length: o }, (_, i) => ({ ToewijzingNummer: r.nummerBase + i }))
                  : undefined,
              TeWijzigenProducten: t > 0 ? TeWijzigenProducten : undefined,
              NieuweProducten: n > 0 ? NieuweProducten : undefined,
            },
          },
        });
      });
    }),
);

// ---------------------------------------------------------------------------------------------------------
// JW319 Antwoordbericht

const jw319: fc.Arbitrary<IjwBerichtMap['JW319']> = dagtekening.chain((dag) =>
  fc
    .record({
      Header: header('JW319', gemeente, agb, dag),
      ReferentieAanbieder: text(36),
      VerzoekAntwoord: fc.constantFrom('1', '2') as fc.Arbitrary<'1' | '2'>,
      Reden: fc.constantFrom(...codelijst.WJ759_CODES),
      gemeente,
      metWoonplaats: fc.boolean(),
    })
    .map((r) => {
      // CD085/CD086: a reason only when rejected; TR377/TR409: Woonplaatsbeginsel exactly for reason 8.
      const RedenAfwijzingVerzoek = r.VerzoekAntwoord === '1' ? r.Reden : undefined;
      const woonplaats =
        RedenAfwijzingVerzoek === '8' || (RedenAfwijzingVerzoek === undefined && r.metWoonplaats)
          ? { Gemeente: r.gemeente }
          : undefined;
      return clean({
        Header: r.Header,
        Antwoord: {
          ReferentieAanbieder: r.ReferentieAanbieder,
          VerzoekAntwoord: r.VerzoekAntwoord,
          RedenAfwijzingVerzoek,
          Woonplaatsbeginsel: woonplaats,
        },
      });
    }),
);

// ---------------------------------------------------------------------------------------------------------
// JW323 Declaratie

const jw323: fc.Arbitrary<IjwBerichtMap['JW323']> = fc
  .integer({ min: 2021 * 12, max: 2030 * 12 + 10 })
  .chain((ym) => {
    const y = Math.floor(ym / 12);
    const m = ym % 12;
    const first = Date.UTC(y, m, 1) / DAY;
    const last = Date.UTC(y, m + 1, 0) / DAY;
    // Dagtekening after the declared month (TR134/TR137); DeclaratieDagtekening near it (TR335).
    return fc.integer({ min: last, max: last + 40 }).chain((dag) =>
      fc
        .record({
          Header: header('JW323', agb, gemeente, dag),
          DeclaratieNummer: alnum(1, 12), // CS319
          clients: fc.uniqueArray(bsn, { minLength: 1, maxLength: 3 }), // TR101: each client once
          prestaties: fc.array(
            fc.array(
              fc.record({
                maandTerug: fc.nat(3), // TR319: this or an earlier month
                Categorie: categorie,
                code: alnum(3, 3),
                Eenheid: fc.constantFrom(...codelijst.WJ756_CODES),
                volume: fc.integer({ min: 0, max: 1000 }),
                tarief: fc.integer({ min: 0, max: 99_999 }),
                credit: fc.boolean(),
                heleMaand: fc.boolean(),
                dagen: fc.tuple(fc.nat(27), fc.nat(27)),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            { minLength: 3, maxLength: 3 },
          ),
          nummerBase: fc.integer({ min: 0, max: 999_999_000 }),
        })
        .map((r) => {
          let n = 0;
          let totaal = 0;
          const Clienten: Jw323Client[] = r.clients.map((Bsn, ci) => ({
            Bsn,
            Prestaties: r.prestaties[ci]!.map((p): Jw323Prestatie => {
              n++;
              const pym = ym - Math.min(p.maandTerug, ym - 2021 * 12); // CS100: not before 2021
              const py = Math.floor(pym / 12);
              const pm = pym % 12;
              const pFirst = Date.UTC(py, pm, 1) / DAY;
              const pLast = Date.UTC(py, pm + 1, 0) / DAY;
              // CS337: within one month; TR137: Einddatum ≥ Begindatum.
              const [a, b] = [Math.min(...p.dagen), Math.max(...p.dagen)];
              const begin = p.heleMaand ? pFirst : Math.min(pFirst + a, pLast);
              const eind = p.heleMaand ? pLast : Math.min(pFirst + b, pLast);
              // CS339: for euros the amount is the volume; otherwise volume × tarief (CD087: tarief iff not 83).
              const euro = p.Eenheid === '83';
              const Bedrag = euro ? p.volume * 100 : p.volume * p.tarief;
              const dc = p.credit && Bedrag > 0 ? ('C' as const) : ('D' as const); // CS325: 0 is debet
              totaal += dc === 'C' ? -Bedrag : Bedrag;
              return clean({
                // TR101/TR314/TR315/TR316: unique ReferentieNummers; a credit refers to an earlier debet
                // (CD060) outside this message.
                ProductReferentie: {
                  ReferentieNummer: `R${n}`,
                  VorigReferentieNummer: dc === 'C' ? `V${n}` : undefined,
                },
                ToewijzingNummer: r.nummerBase + n, // TR416: no duplicate debet lines
                ProductCategorie: p.Categorie,
                ProductCode: `${p.Categorie}${p.code}`,
                ProductPeriode: { Begindatum: d2s(begin), Einddatum: d2s(eind) },
                GeleverdVolume: euro ? p.volume * 100 : p.volume,
                Eenheid: p.Eenheid,
                ProductTarief: euro ? undefined : p.tarief,
                IngediendBedrag: { Bedrag, DebetCredit: dc },
              });
            }),
          }));
          return clean({
            Header: r.Header,
            Declaratie: {
              DeclaratieNummer: r.DeclaratieNummer,
              DeclaratiePeriode: { Begindatum: d2s(first), Einddatum: d2s(last) }, // CS340
              DeclaratieDagtekening: d2s(dag),
              // TR358: the total is the sum of the lines, debet minus credit.
              TotaalIngediendBedrag: { TotaalBedrag: Math.abs(totaal), DebetCredit: totaal < 0 ? 'C' : 'D' },
              Clienten,
            },
          }) as IjwBerichtMap['JW323'];
        }),
    );
  });

// ---------------------------------------------------------------------------------------------------------
// Retour messages: built from a generated heen message with random findings

/** Every element path in the body of a message (candidates for findings). */
function bodyPaths(type: IjwMessageType, bericht: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (typeKey: string, value: unknown, path: string) => {
    if (simpleType(typeKey)) return;
    const ct = requireComplexType(typeKey);
    for (const el of ct.elements) {
      const v = (value as Record<string, unknown>)[el.name];
      if (v === undefined) continue;
      const p = `${path}/${el.name}`;
      out.push(p);
      if (el.list) {
        (v as unknown[]).forEach((item, i) => {
          out.push(`${p}/${el.list}[${i + 1}]`);
          walk(el.type, item, `${p}/${el.list}[${i + 1}]`);
        });
      } else walk(el.type, v, p);
    }
  };
  const root = requireComplexType(messageDef(type).root);
  for (const el of root.elements) {
    if (el.name === 'Header' || bericht[el.name] === undefined) continue;
    out.push(el.name);
    walk(el.type, bericht[el.name], el.name);
  }
  return out;
}

const afkeurCode = fc.constantFrom(
  ...codelijst.WJ001_CODES.filter((c) => !['0001', '0200', '0233', '8001'].includes(c)),
) as fc.Arbitrary<LDT_RetourCode>;
const retourOptions = fc.record({
  identificatie,
  dag: dagtekening,
  xsltVersie: opt(versie),
  xsdVersieRetour: opt(xsdVersie),
  mode: fc.constantFrom('ok', 'ok', 'technisch', 'header', 'findings', 'findings'),
});

function retourOf<H extends RetourHeenType>(type: H, heen: fc.Arbitrary<IjwBerichtMap[H]>) {
  return fc.tuple(heen, retourOptions).chain(([bericht, o]) => {
    const paths = bodyPaths(type, bericht as unknown as Record<string, unknown>);
    return fc
      .record({
        findings: fc.array(
          fc.record({
            path: fc.constantFrom(...paths),
            codes: fc.array(afkeurCode, { minLength: 1, maxLength: 3 }),
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        nietBeoordeeld: fc.subarray(paths, { maxLength: 2 }),
        headerCodes: fc.array(afkeurCode, { minLength: 1, maxLength: 2 }),
      })
      .map(
        (f) =>
          buildRetour(
            { type, bericht },
            clean({
              identificatie: o.identificatie,
              dagtekening: d2s(o.dag),
              xsltVersie: o.mode === 'technisch' ? (o.xsltVersie ?? '2.10.5') : o.xsltVersie,
              xsdVersieRetour: o.xsdVersieRetour,
              technischAfgekeurd: o.mode === 'technisch',
              findings:
                o.mode === 'header'
                  ? [{ path: 'Header', codes: f.headerCodes }]
                  : o.mode === 'findings'
                    ? f.findings
                    : [],
              nietBeoordeeld: f.nietBeoordeeld,
            }),
          ).bericht,
      );
  });
}

const jw302 = retourOf('JW301', jw301);
const jw306 = retourOf('JW305', jw305);
const jw308 = retourOf('JW307', jw307);
const jw316 = retourOf('JW315', jw315);
const jw318 = retourOf('JW317', jw317);
const jw320 = retourOf('JW319', jw319);

const jw325: fc.Arbitrary<IjwBerichtMap['JW325']> = fc
  .tuple(jw323, retourOptions, fc.nat(30))
  .chain(([declaratie, o, later]) => {
    // The answer is dated on or after the declaratie (TR134/TR137 apply to its ProductPeriodes too).
    const dag = s2d(declaratie.Header.BerichtIdentificatie.Dagtekening) + later;
    const prestaties = declaratie.Declaratie.Clienten.flatMap((c, ci) =>
      c.Prestaties.map((_, pi) => `Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`),
    );
    return fc
      .record({
        afgewezen: fc.subarray(prestaties),
        codes: fc.array(afkeurCode, { minLength: 1, maxLength: 3 }),
        declaratie: fc.boolean(),
      })
      .map(
        (f) =>
          buildDeclaratieAntwoord(
            declaratie,
            clean({
              identificatie: o.identificatie,
              dagtekening: d2s(dag),
              xsltVersie: o.mode === 'technisch' ? (o.xsltVersie ?? '2.10.5') : o.xsltVersie,
              xsdVersie: o.xsdVersieRetour,
              technischAfgekeurd: o.mode === 'technisch',
              header: o.mode === 'header' ? f.codes : undefined,
              declaratie: o.mode === 'findings' && f.declaratie ? f.codes : undefined,
              afgewezen: f.afgewezen.map((path) => ({ path, codes: f.codes })),
            }),
          ).bericht,
      );
  });

export const ARBITRARIES: { [K in IjwMessageType]: fc.Arbitrary<IjwBerichtMap[K]> } = {
  JW301: jw301,
  JW302: jw302,
  JW305: jw305,
  JW306: jw306,
  JW307: jw307,
  JW308: jw308,
  JW315: jw315,
  JW316: jw316,
  JW317: jw317,
  JW318: jw318,
  JW319: jw319,
  JW320: jw320,
  JW323: jw323,
  JW325: jw325,
};
