import type { HouseholdDossier } from '@een-plan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';

interface Node {
  key: string;
  name: string;
  relation: string;
  kind: 'network' | 'network-weak' | 'professional';
}

const WIDTH = 640;
const HEIGHT = 480;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 180;

function shorten(text: string, max = 18): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The ecogram: the household in the centre, its network and the professionals around it, lines
 * by relation (solid: takes part in the plan; dotted: network, not in the plan; dashed:
 * professional). Drawn from the data; the same content is given as a list for screen readers.
 */
export function Ecogram({ dossier }: { dossier: HouseholdDossier }) {
  const { t } = useTranslation();
  const titleId = useId();
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
  const placed = nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return { ...node, x: CENTER.x + RADIUS * Math.cos(angle), y: CENTER.y + RADIUS * 0.95 * Math.sin(angle) };
  });
  const memberNames = dossier.members.map((m) => m.firstName).join(', ');

  return (
    <section className="dossier-section" aria-labelledby={`${titleId}-heading`}>
      <Heading level={2} id={`${titleId}-heading`}>
        {t('dossier.ecogramTitle')}
      </Heading>
      <p className="utrecht-paragraph">{t('dossier.ecogramIntro')}</p>
      <svg
        className="ecogram"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
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
        <circle cx={CENTER.x} cy={CENTER.y} r={78} className="ecogram__node--household" />
        <text x={CENTER.x} y={CENTER.y - 6} className="ecogram__label ecogram__label--strong">
          {shorten(dossier.name, 20)}
        </text>
        <text x={CENTER.x} y={CENTER.y + 16} className="ecogram__label">
          {shorten(memberNames, 24)}
        </text>
        {placed.map((n) => (
          <g key={`node-${n.key}`}>
            <circle
              cx={n.x}
              cy={n.y}
              r={46}
              className={n.kind === 'professional' ? 'ecogram__node--professional' : 'ecogram__node--network'}
            />
            <text x={n.x} y={n.y - 4} className="ecogram__label ecogram__label--strong">
              {shorten(n.name.split(' (')[0] ?? n.name, 14)}
            </text>
            <text x={n.x} y={n.y + 14} className="ecogram__label">
              {shorten(n.relation, 16)}
            </text>
          </g>
        ))}
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
