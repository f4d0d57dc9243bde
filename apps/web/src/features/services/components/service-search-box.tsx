import { useId, useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { MAX_KEYWORD_LENGTH } from '../../../lib/search-params';

/**
 * The home page's search: submitting opens the service list with the keyword.
 * A plain form, input and button, so the home page does not ship antd's form machinery.
 */
export function ServiceSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const [keyword, setKeyword] = useState('');

  return (
    <form
      role="search"
      className="qf-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = keyword.trim();
        void navigate(paths.services.list.getHref(q ? { q } : {}));
      }}
    >
      <SearchOutlined className="qf-search__icon" aria-hidden />
      <input
        id={inputId}
        type="search"
        className="qf-search__input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        maxLength={MAX_KEYWORD_LENGTH}
        value={keyword}
        onChange={(event) => setKeyword(event.target.value)}
      />
      <button
        type="submit"
        className="qf-button qf-button--primary qf-search__button"
      >
        {t('search.button')}
      </button>
    </form>
  );
}
