import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';

/**
 * "Meer laden" under a keyset list (decision 0031): a real button (Enter/Space), busy while the next
 * page loads, and gone when there is nothing more. The rows it adds appear below the ones read.
 */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
  label,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  /** The button's text, saying what it loads: "Meer huishoudens laden". */
  label?: string;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <p className="load-more">
      <Button busy={loading} disabled={loading} onClick={onLoad}>
        {loading ? t('status.loadingMore') : (label ?? t('status.loadMore'))}
      </Button>
    </p>
  );
}
