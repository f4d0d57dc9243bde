import type { Price } from '@qifu/contracts';

export type FormatLocale = 'zh-CN' | 'en-US';

const YUAN = '¥';
const WAN = 10_000;
const YI = 100_000_000;

function decimal(
  value: number,
  locale: FormatLocale,
  maxFractionDigits = 2,
): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: maxFractionDigits,
    useGrouping: true,
  }).format(value);
}

export function formatNumber(
  value: number,
  locale: FormatLocale = 'zh-CN',
): string {
  return decimal(value, locale);
}

/**
 * Chinese readers count money in 万 and 亿: ¥8,000, ¥1.5万, ¥2亿.
 * English keeps plain grouped digits: ¥15,000.
 */
export function formatMoney(
  yuan: number,
  locale: FormatLocale = 'zh-CN',
): string {
  const sign = yuan < 0 ? '-' : '';
  const amount = Math.abs(yuan);
  if (locale === 'zh-CN') {
    if (amount >= YI) return `${sign}${YUAN}${decimal(amount / YI, locale)}亿`;
    if (amount >= WAN)
      return `${sign}${YUAN}${decimal(amount / WAN, locale)}万`;
  }
  return `${sign}${YUAN}${decimal(amount, locale)}`;
}

/**
 * Units are stored as written on the price list ("元/月", "元/件").
 * The ¥ already says 元, so only the "per" part is shown: "/月".
 */
export function formatPriceUnit(
  unit: string | null | undefined,
  translateSegment: (segment: string) => string = (segment) => segment,
): string {
  if (!unit) return '';
  const segments = unit
    .trim()
    .replace(/^元/, '')
    .split('/')
    .map((segment) => segment.trim())
    .filter(Boolean);
  return segments.map((segment) => `/${translateSegment(segment)}`).join('');
}

export interface PriceLabels {
  negotiable: string;
  /** Wraps an open-ended price, e.g. "¥3,000/月起". */
  from: (price: string) => string;
  /** Wraps a price with only a ceiling, e.g. "最高¥5,000". */
  upTo: (price: string) => string;
}

export const ZH_PRICE_LABELS: PriceLabels = {
  negotiable: '面议',
  from: (price) => `${price}起`,
  upTo: (price) => `最高${price}`,
};

export function formatPrice(
  price: Price,
  options: {
    locale?: FormatLocale;
    labels?: PriceLabels;
    translateUnit?: (segment: string) => string;
  } = {},
): string {
  const locale = options.locale ?? 'zh-CN';
  const labels = options.labels ?? ZH_PRICE_LABELS;
  const unit = formatPriceUnit(price.unit, options.translateUnit);
  const money = (yuan: number) => formatMoney(yuan, locale);
  const { min, max } = price;

  if (price.model === 'negotiable') return labels.negotiable;
  if (price.model === 'fixed' || max === null || max === min) {
    if (min === null) {
      return max === null
        ? labels.negotiable
        : labels.upTo(`${money(max)}${unit}`);
    }
    return price.model === 'range' && max === null
      ? labels.from(`${money(min)}${unit}`)
      : `${money(min)}${unit}`;
  }
  if (min === null) return labels.upTo(`${money(max)}${unit}`);
  return `${money(min)}–${money(max)}${unit}`;
}

// Dates are formatted by hand, not with dayjs: the home page shows prices, not dates, and
// dayjs would otherwise ride along with the price formatting (~3 kB gzipped on the first visit).
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local time, like dayjs(value): a bare "YYYY-MM-DD" is that calendar day, not UTC midnight. */
function toLocalDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const dateOnly = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  const date = dateOnly
    ? new Date(
        Number(dateOnly[1]),
        Number(dateOnly[2]) - 1,
        Number(dateOnly[3]),
      )
    : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function hm(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatDate(value: string | Date | null | undefined): string {
  const date = toLocalDate(value);
  return date ? ymd(date) : '';
}

export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : value.toFixed(1);
}

export function formatDateTime(
  value: string | Date | null | undefined,
): string {
  const date = toLocalDate(value);
  return date ? `${ymd(date)} ${hm(date)}:${pad(date.getSeconds())}` : '';
}

/** "YYYY-MM-DD HH:mm" for times people read at a glance (sessions, invitations). */
export function formatDateMinute(
  value: string | Date | null | undefined,
): string {
  const date = toLocalDate(value);
  return date ? `${ymd(date)} ${hm(date)}` : '';
}

/**
 * Contract sums in reports: "¥8,000" below 万, "¥356.8万元" and "¥1.2亿元" above (one decimal,
 * as park reports write them); English keeps grouped yuan.
 */
export function formatAmount(
  yuan: number,
  locale: FormatLocale = 'zh-CN',
): string {
  const sign = yuan < 0 ? '-' : '';
  const amount = Math.abs(yuan);
  if (locale === 'zh-CN') {
    if (amount >= YI)
      return `${sign}${YUAN}${decimal(amount / YI, locale, 1)}亿元`;
    if (amount >= WAN)
      return `${sign}${YUAN}${decimal(amount / WAN, locale, 1)}万元`;
  }
  return `${sign}${YUAN}${decimal(amount, locale, 0)}`;
}

/** Durations in hours with one decimal: "5.2 小时" / "5.2 h"; empty when unknown. */
export function formatHours(
  hours: number | null | undefined,
  locale: FormatLocale = 'zh-CN',
): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours))
    return '';
  const value = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(hours);
  return locale === 'zh-CN' ? `${value} 小时` : `${value} h`;
}

/** A ratio 0–1 as a percentage with one decimal: 0.3251 → "32.5%"; empty when unknown. */
export function formatPercent(
  ratio: number | null | undefined,
  locale: FormatLocale = 'zh-CN',
): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio))
    return '';
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** Bytes as people read a download: "856 B", "12.5 KB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
