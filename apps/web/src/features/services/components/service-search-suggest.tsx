import { SUGGEST_KINDS, type SuggestItemDto } from '@qifu/contracts';
import { AutoComplete, Input } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchBoxProps } from '../../../components/ui/filter-bar';
import { useLocalizedName } from '../../../i18n/use-app-language';
import { useSuggestions } from '../api/get-suggestions';

/**
 * The catalogue's search box with suggestions while typing (services, categories, providers):
 * arrow keys move through them, Enter opens the one chosen, Enter without a choice searches
 * the words typed.
 */
export function ServiceSearchSuggest({
  keyword,
  label,
  placeholder,
  maxLength,
  size,
  enterButton,
  onSearch,
}: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const localizedName = useLocalizedName();
  // Null until the user types: the keyword from the URL asks for no suggestions.
  const [typed, setText] = useState<string | null>(null);
  const text = typed ?? keyword;
  const suggestions = useSuggestions(typed ?? '');
  // Enter on a chosen suggestion also reaches the box's own search: that one is skipped.
  const picked = useRef(false);
  const items = typed?.trim() ? (suggestions.data?.items ?? []) : [];
  const byHref = new Map(items.map((i) => [i.href, i]));
  const name = (i: SuggestItemDto) =>
    i.kind === 'category'
      ? localizedName({ nameZh: i.label, nameEn: i.labelEn ?? i.label })
      : i.label;
  const options = SUGGEST_KINDS.map((kind) => ({
    label: t(`search.suggestKind.${kind}`),
    options: items
      .filter((i) => i.kind === kind)
      .map((i) => ({
        value: i.href,
        label: (
          <span aria-label={`${t(`search.suggestKind.${kind}`)}：${name(i)}`}>
            {name(i)}
          </span>
        ),
      })),
  })).filter((group) => group.options.length > 0);

  return (
    <AutoComplete
      className="qf-search-suggest"
      value={text}
      options={options}
      defaultActiveFirstOption={false}
      // Eight items at most: no virtual list (it also kept the keyboard from moving in tests).
      virtual={false}
      popupMatchSelectWidth
      onChange={(value: string) => {
        // A chosen option's value is its link: the box keeps the words typed.
        if (!byHref.has(value)) setText(value);
      }}
      onSelect={(href: string) => {
        const item = byHref.get(href);
        if (!item) return;
        picked.current = true;
        setText(item.kind === 'service' ? item.label : text);
        void navigate(href);
      }}
      notFoundContent={
        suggestions.isFetching && text.trim()
          ? t('search.suggestLoading')
          : null
      }
    >
      <Input.Search
        aria-label={label}
        placeholder={placeholder}
        maxLength={maxLength}
        allowClear
        size={size}
        enterButton={enterButton}
        onSearch={(value) => {
          if (picked.current) {
            picked.current = false;
            return;
          }
          onSearch(value);
        }}
      />
    </AutoComplete>
  );
}
