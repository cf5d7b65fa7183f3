import { FUTURE_PLAN_TOPICS, type FuturePlanSettings } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { futurePlanSettingsQuery, orderFuturePlanTopics } from '../../api/future-plan-api.ts';
import { Button } from '../../components/Button.tsx';
import { useLanguage } from '../../i18n/use-language.ts';

type Direction = 'up' | 'down';
type Move = { key: string; direction: Direction };

const moveButtonId = (key: string, direction: Direction) => `future-plan-move-${direction}-${key}`;

/** The topics' keys with `key` swapped with its neighbour above or below. */
function movedKeys(keys: readonly string[], { key, direction }: Move): string[] {
  const from = keys.indexOf(key);
  const to = direction === 'up' ? from - 1 : from + 1;
  const next = [...keys];
  if (from < 0 || to < 0 || to >= keys.length) return next;
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}

/**
 * Moves one of the municipality's topics, standard or own, a place up or down; plans show them in
 * this order (one list per municipality).
 * After a move the keyboard stays on the moved topic's button (or its other one at the top or
 * bottom, where the button it pressed is gone).
 */
export function useTopicOrder(settings: FuturePlanSettings, onMoved: (message: string) => void) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const keys = settings.topicOrder;
  const move = useMutation({
    mutationFn: (m: Move) => orderFuturePlanTopics(movedKeys(keys, m)),
    onSuccess: (saved, { key, direction }) => {
      queryClient.setQueryData(futurePlanSettingsQuery.queryKey, saved);
      const at = saved.topicOrder.indexOf(key);
      const topic =
        FUTURE_PLAN_TOPICS.find((standard) => standard.key === key) ??
        saved.customTopics.find((own) => own.key === key);
      if (topic && at >= 0) {
        onMoved(
          t('futurePlan.admin.moved', {
            title: topic.title[language],
            position: at + 1,
            total: saved.topicOrder.length,
          }),
        );
      }
      setTimeout(() => {
        const same = document.getElementById(moveButtonId(key, direction));
        (same ?? document.getElementById(moveButtonId(key, direction === 'up' ? 'down' : 'up')))?.focus();
      });
    },
  });
  return { keys, move };
}

/** The up and down buttons of one topic (none where it cannot go further). */
export function TopicOrderButtons({
  topicKey,
  title,
  order,
}: {
  topicKey: string;
  title: string;
  order: ReturnType<typeof useTopicOrder>;
}) {
  const { t } = useTranslation();
  const { keys, move } = order;
  const at = keys.indexOf(topicKey);
  const button = (direction: Direction) => (
    <Button
      id={moveButtonId(topicKey, direction)}
      appearance="subtle"
      busy={move.isPending && move.variables?.key === topicKey && move.variables.direction === direction}
      aria-label={t(direction === 'up' ? 'futurePlan.admin.moveUpLabel' : 'futurePlan.admin.moveDownLabel', {
        title,
      })}
      // Not disabled while saving: a disabled button would drop the keyboard focus.
      onClick={() => {
        if (!move.isPending) move.mutate({ key: topicKey, direction });
      }}
    >
      {t(direction === 'up' ? 'futurePlan.admin.moveUp' : 'futurePlan.admin.moveDown')}
    </Button>
  );
  return (
    <>
      {at > 0 && button('up')}
      {at >= 0 && at < keys.length - 1 && button('down')}
    </>
  );
}
