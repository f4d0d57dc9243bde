import type { SearchSuggestion as Suggestion } from '@qifu/contracts';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

export interface SearchSuggestionProps {
  /** The query as typed. */
  q: string;
  suggestion: Suggestion | undefined;
  /** Searches the corrected words. */
  onSearch: (q: string) => void;
}

/** "您是不是要找 …": the API's one-character correction of a search that found little. */
export function SearchSuggestion({ q, suggestion, onSearch }: SearchSuggestionProps) {
  const { t } = useTranslation();
  if (!suggestion || !q) return null;
  return (
    <Alert
      className="qf-search-suggestion"
      role="status"
      aria-label={t('services.suggestionLabel')}
      type="info"
      showIcon
      message={
        <>
          {t('services.suggestion')}
          <Button type="link" size="small" onClick={() => onSearch(suggestion.q)}>
            {suggestion.q}
          </Button>
        </>
      }
      description={
        suggestion.applied
          ? t('services.suggestionApplied', { q, suggestion: suggestion.q })
          : undefined
      }
    />
  );
}
