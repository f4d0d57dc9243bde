import { Fragment, useId, type ReactNode } from 'react';
import { Button, Checkbox, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_KEYWORD_LENGTH } from '../../lib/search-params';

// A list's filter bar, declared as data: each field names the filter it writes. The bar only
// reports changes; the list's URL state (useUrlListState) stores them and resets the page.

/** "All" is the empty choice of a select or segmented filter: it writes null. */
const ALL = '';

interface FieldBase<K> {
  key: K;
  label: string;
}

export type FilterField<F> =
  | (FieldBase<keyof F & string> & {
      kind: 'search';
      placeholder?: string;
      /** The catalogue's big search box: no visible label, on its own row. */
      prominent?: boolean;
      /** What the API takes, when it is less than the usual keyword length. */
      maxLength?: number;
      /** Renders the box itself (the catalogue's box with suggestions while typing). */
      render?: (box: SearchBoxProps) => ReactNode;
    })
  | (FieldBase<keyof F & string> & {
      kind: 'select' | 'segmented';
      /** The "all" choice's text; left out, a choice is always made (a sort). */
      allLabel?: string;
      options: { value: string; label: string }[];
      searchable?: boolean;
    })
  | (FieldBase<keyof F & string> & { kind: 'checkbox' })
  /** A field the page renders itself (a remote picker); it writes through onChange. */
  | {
      kind: 'custom';
      key: string;
      label: string;
      render: (id: string) => ReactNode;
    };

/** What a search box rendered by its page receives: the keyword in the URL and where to write it. */
export interface SearchBoxProps {
  keyword: string;
  label: string;
  placeholder?: string;
  maxLength: number;
  size?: 'large';
  enterButton: string;
  onSearch: (value: string) => void;
}

export interface FilterBarProps<F> {
  label: string;
  fields: FilterField<F>[];
  values: F;
  onChange: (change: Partial<F>) => void;
  /** Given when a filter is active: the clear button shows. */
  onClear?: () => void;
  clearLabel?: string;
  /** Beside the clear button (e.g. a shortcut). */
  end?: ReactNode;
  /** A page's layout variant, added to qf-filters (qf-filters--inline). */
  className?: string;
}

function FieldLabel({
  id,
  htmlFor,
  children,
}: {
  id?: string;
  htmlFor?: string;
  children: ReactNode;
}) {
  return htmlFor ? (
    <label className="qf-filters__label" htmlFor={htmlFor}>
      {children}
    </label>
  ) : (
    <span className="qf-filters__label" id={id}>
      {children}
    </span>
  );
}

function Field<F>({
  field,
  values,
  onChange,
}: {
  field: FilterField<F>;
  values: F;
  onChange: (change: Partial<F>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (field.kind === 'custom')
    return (
      <div className="qf-filters__field">
        <FieldLabel id={id}>{field.label}</FieldLabel>
        {field.render(id)}
      </div>
    );
  const write = (value: unknown) =>
    onChange({ [field.key]: value } as Partial<F>);
  const current = values[field.key as keyof F];

  if (field.kind === 'search') {
    const keyword = String(current ?? '');
    const box = field.render ? (
      <Fragment key={keyword}>
        {field.render({
          keyword,
          label: field.label,
          placeholder: field.placeholder,
          maxLength: field.maxLength ?? MAX_KEYWORD_LENGTH,
          size: field.prominent ? 'large' : undefined,
          enterButton: t('search.button'),
          onSearch: (value) => write(value.trim()),
        })}
      </Fragment>
    ) : (
      <Input.Search
        // Remount on a new URL keyword (Back/Forward) so the box shows it.
        key={keyword}
        id={field.prominent ? undefined : id}
        aria-label={field.prominent ? field.label : undefined}
        defaultValue={keyword}
        maxLength={field.maxLength ?? MAX_KEYWORD_LENGTH}
        allowClear
        size={field.prominent ? 'large' : undefined}
        enterButton={t('search.button')}
        placeholder={field.placeholder}
        onSearch={(value) => write(value.trim())}
      />
    );
    return field.prominent ? (
      box
    ) : (
      <div className="qf-filters__field">
        <FieldLabel htmlFor={id}>{field.label}</FieldLabel>
        {box}
      </div>
    );
  }

  if (field.kind === 'checkbox')
    return (
      <Checkbox
        checked={Boolean(current)}
        onChange={(event) => write(event.target.checked)}
      >
        {field.label}
      </Checkbox>
    );

  const options = [
    ...(field.allLabel === undefined
      ? []
      : [{ value: ALL, label: field.allLabel }]),
    ...field.options,
  ];
  const value =
    current === null || current === undefined ? ALL : String(current);
  const pick = (next: string) =>
    write(next === ALL && field.allLabel !== undefined ? null : next);

  if (field.kind === 'segmented')
    return (
      <div className="qf-filters__field qf-filters__field--stage">
        <FieldLabel id={id}>{field.label}</FieldLabel>
        <div className="qf-scroll-x">
          <Segmented<string>
            aria-labelledby={id}
            value={value}
            options={options}
            onChange={pick}
          />
        </div>
      </div>
    );

  return (
    <div className="qf-filters__field">
      <FieldLabel id={id}>{field.label}</FieldLabel>
      <Select<string>
        className="qf-filters__select"
        aria-labelledby={id}
        value={value}
        showSearch={
          field.searchable ? { optionFilterProp: 'label' } : undefined
        }
        options={options}
        onChange={pick}
      />
    </div>
  );
}

export function FilterBar<F>({
  label,
  fields,
  values,
  onChange,
  onClear,
  clearLabel,
  end,
  className,
}: FilterBarProps<F>) {
  const { t } = useTranslation();
  // The big search box leads; segmented choices are wide, each on its own line under the
  // row; checkboxes sit at the end beside the clear button.
  const place = (field: FilterField<F>) =>
    field.kind === 'search' && field.prominent
      ? 'lead'
      : field.kind === 'segmented'
        ? 'line'
        : field.kind === 'checkbox'
          ? 'end'
          : 'row';
  const at = (where: ReturnType<typeof place>) =>
    fields.filter((field) => place(field) === where);
  const [prominent, row, segmented, checkboxes] = [
    at('lead'),
    at('row'),
    at('line'),
    at('end'),
  ];
  const render = (field: FilterField<F>) => (
    <Field key={field.key} field={field} values={values} onChange={onChange} />
  );

  return (
    <form
      role="search"
      aria-label={label}
      className={className ? `qf-filters ${className}` : 'qf-filters'}
      onSubmit={(event) => event.preventDefault()}
    >
      {prominent.map(render)}
      {row.length > 0 ? (
        <div className="qf-filters__row">{row.map(render)}</div>
      ) : null}
      {segmented.map(render)}
      {checkboxes.length > 0 || onClear || end ? (
        <div className="qf-filters__row qf-filters__row--end">
          {checkboxes.map(render)}
          {end}
          {onClear ? (
            <Button type="link" onClick={onClear}>
              {clearLabel ?? t('filters.clear')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
