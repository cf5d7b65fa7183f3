import type { HouseholdDossier } from '@een-plan/contracts';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';

interface Node {
  key: string;
  name: string;
  relation: string;
  kind: 'network' | 'network-weak' | 'professional';
}

/**
 * Two shapes of the picture: wide for a wide screen, tall for a phone (so the labels keep a
 * readable size when the picture is scaled to the screen's width).
 */
const WIDE = { width: 800, height: 520, radius: { x: 290, y: 190 }, hub: 84 };
const TALL = { width: 420, hub: 80, row: 100, columns: [100, 320] };

/** Wide: the nodes on an ellipse around the household. */
function placeWide<T>(nodes: T[]) {
  const center = { x: WIDE.width / 2, y: WIDE.height / 2 };
  const placed = nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return {
      ...node,
      x: center.x + WIDE.radius.x * Math.cos(angle),
      y: center.y + WIDE.radius.y * Math.sin(angle),
    };
  });
  return { width: WIDE.width, height: WIDE.height, hub: WIDE.hub, center, placed };
}

/** Tall (phones): rows of two nodes above and below the household, so nothing overlaps. */
function placeTall<T>(nodes: T[]) {
  const above = nodes.slice(0, Math.ceil(nodes.length / 2));
  const below = nodes.slice(above.length);
  const rows = Math.max(Math.ceil(above.length / 2), Math.ceil(below.length / 2), 1);
  const first = TALL.hub + 30 + NODE.height / 2;
  const center = { x: TALL.width / 2, y: first + (rows - 1) * TALL.row + NODE.height / 2 + 16 };
  const place = (group: T[], direction: -1 | 1) =>
    group.map((node, i) => {
      const row = Math.floor(i / 2);
      const alone = i === group.length - 1 && i % 2 === 0;
      return {
        ...node,
        x: alone ? center.x : (TALL.columns[i % 2] ?? center.x),
        y: center.y + direction * (first + row * TALL.row),
      };
    });
  return {
    width: TALL.width,
    height:
      center.y + first + (Math.max(Math.ceil(below.length / 2), 1) - 1) * TALL.row + NODE.height / 2 + 16,
    hub: TALL.hub,
    center,
    placed: [...place(above, -1), ...place(below, 1)],
  };
}

const NARROW = '(max-width: 40em)';

function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(NARROW).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    if (!query) return;
    const change = () => setNarrow(query.matches);
    change();
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return narrow;
}
const NODE = { width: 168, height: 76 };
/** Characters per label line at 13–14 px in a node of NODE.width (bold text is widest). */
const LINE_CHARS = 19;

/**
 * Breaks a label into at most `lines` lines of about `max` characters at spaces and hyphens, so a
 * name such as "Sociaal team Nieuw-Vennep" is read whole; only what still does not fit ends in "…"
 * (the full text is in the node's title and in the list under the picture).
 */
export function wrapLabel(text: string, max = LINE_CHARS, lines = 2): string[] {
  // Words break at spaces; a word longer than a line also at its hyphens ("Nieuw-|Vennep").
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      word.length > max && word.includes('-')
        ? word.split(/(?<=-)/).map((part, i) => ({ part, glue: i === 0 ? ' ' : '' }))
        : [{ part: word, glue: ' ' }],
    );
  const out: string[] = [];
  let line = '';
  for (const { part, glue } of pieces) {
    const next = line === '' ? part : `${line}${glue}${part}`;
    if (next.length <= max || line === '') line = next;
    else {
      out.push(line);
      line = part;
    }
  }
  if (line) out.push(line);
  const fit = (l: string) => (l.length > max ? `${l.slice(0, max - 1)}…` : l);
  if (out.length <= lines) return out.map(fit);
  return [...out.slice(0, lines - 1).map(fit), fit(`${out.slice(lines - 1).join(' ')}`)];
}

/**
 * The ecogram: the household in the centre, its network and the professionals around it, lines
 * by relation (solid: takes part in the plan; dotted: network, not in the plan; dashed:
 * professional). Drawn from the data; the same content is given as a list for screen readers.
 */
export function Ecogram({ dossier }: { dossier: HouseholdDossier }) {
  const { t } = useTranslation();
  const titleId = useId();
  const narrow = useNarrowScreen();
  const listId = useId();
  const nodes: Node[] = [
    ...dossier.network
      .filter((n) => n.status === 'active')
      .map(
        (n): Node => ({
          key: n.id,
          name: n.name,
          relation: t(`dossier.relations.${n.relation}`),
          kind: n.takesPartInPlan ? 'network' : 'network-weak',
        }),
      ),
    ...dossier.professionals.map(
      (p, i): Node => ({
        key: `prof-${i}`,
        name: p.name,
        relation: t(`dossier.professionalKind.${p.kind}`),
        kind: 'professional',
      }),
    ),
  ];
  const layout = narrow ? placeTall(nodes) : placeWide(nodes);
  const { placed, center: CENTER } = layout;
  const memberNames = dossier.members.map((m) => m.firstName).join(', ');

  return (
    <section className="dossier-section" aria-labelledby={`${titleId}-heading`}>
      <Heading level={2} id={`${titleId}-heading`}>
        {t('dossier.ecogramTitle')}
      </Heading>
      <p className="utrecht-paragraph">{t('dossier.ecogramIntro')}</p>
      <svg
        className="ecogram"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={listId}
      >
        <title id={titleId}>{t('dossier.ecogramAlt', { household: dossier.name })}</title>
        {placed.map((n) => (
          <line
            key={`line-${n.key}`}
            x1={CENTER.x}
            y1={CENTER.y}
            x2={n.x}
            y2={n.y}
            className={`ecogram__line--${n.kind}`}
          />
        ))}
        <circle cx={CENTER.x} cy={CENTER.y} r={layout.hub} className="ecogram__node--household" />
        <g>
          <title>{`${dossier.name}: ${memberNames}`}</title>
          {wrapLabel(dossier.name, 18, 2).map((line, i, all) => (
            <text
              key={`hh-${line}`}
              x={CENTER.x}
              y={CENTER.y - 8 - (all.length - 1 - i) * 17}
              className="ecogram__label ecogram__label--strong"
            >
              {line}
            </text>
          ))}
          {wrapLabel(memberNames, 22, 2).map((line, i) => (
            <text key={`members-${line}`} x={CENTER.x} y={CENTER.y + 14 + i * 16} className="ecogram__label">
              {line}
            </text>
          ))}
        </g>
        {placed.map((n) => {
          const name = wrapLabel(n.name.split(' (')[0] ?? n.name);
          // Three lines fit a node: the name takes one or two, the relation the rest.
          const relation = wrapLabel(n.relation, LINE_CHARS + 2, 3 - name.length);
          const lines = [
            ...name.map((text, i) => ({ key: `name-${i + 1}`, text, strong: true })),
            ...relation.map((text, i) => ({ key: `relation-${i + 1}`, text, strong: false })),
          ];
          const top = n.y - ((lines.length - 1) * 16) / 2 + 5;
          return (
            <g key={`node-${n.key}`}>
              <title>{t('dossier.ecogramItem', { name: n.name, relation: n.relation })}</title>
              <rect
                x={n.x - NODE.width / 2}
                y={n.y - NODE.height / 2}
                width={NODE.width}
                height={NODE.height}
                rx={NODE.height / 2}
                className={
                  n.kind === 'professional' ? 'ecogram__node--professional' : 'ecogram__node--network'
                }
              />
              {lines.map((line, i) => (
                <text
                  key={line.key}
                  x={n.x}
                  y={top + i * 16}
                  className={line.strong ? 'ecogram__label ecogram__label--strong' : 'ecogram__label'}
                >
                  {line.text}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <Heading level={3}>{t('dossier.ecogramAlt', { household: dossier.name })}</Heading>
      <UnorderedList id={listId}>
        {placed.map((n) => (
          <UnorderedListItem key={`alt-${n.key}`}>
            {t('dossier.ecogramItem', { name: n.name, relation: n.relation })}
            {n.kind !== 'professional' &&
              ` (${n.kind === 'network' ? t('dossier.takesPart') : t('dossier.notTakingPart')})`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {t('dossier.ecogramLegendNetwork')} · {t('dossier.ecogramLegendProfessional')}
      </p>
    </section>
  );
}
