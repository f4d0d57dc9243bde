import type { ListingFigures as Figures } from '@qifu/contracts';
import { Tooltip } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useFigureText } from './use-figure-text';

/** The figures in the order they are shown, as cards here and as columns in the listing table. */
export const FIGURE_KEYS = [
  'views',
  'intents',
  'acceptanceRate',
  'signRate',
  'response',
  'rating',
] as const;

const HELP: Partial<Record<(typeof FIGURE_KEYS)[number], string>> = {
  acceptanceRate: 'acceptanceHelp',
  signRate: 'signHelp',
  response: 'responseHelp',
};

/** Views, intents, acceptance and sign rates, median first response, rating: as figure cards. */
export function ListingFigures({
  figures,
  label,
}: {
  figures: Figures;
  /** Names the group for screen readers (which listing, or the whole provider). */
  label: string;
}) {
  const { t } = useTranslation();
  const text = useFigureText();
  return (
    <dl className="qf-figures" aria-label={label}>
      {FIGURE_KEYS.map((key) => {
        const help = HELP[key];
        return (
          <div key={key} className="qf-figures__item">
            <dt className="qf-figures__label">
              {t(`workspace.figures.${key}`)}
              {help ? (
                <Tooltip
                  title={t(
                    `workspace.figures.${help}` as 'workspace.figures.signHelp',
                  )}
                >
                  <QuestionCircleOutlined
                    className="qf-figures__help"
                    aria-label={t(
                      `workspace.figures.${help}` as 'workspace.figures.signHelp',
                    )}
                  />
                </Tooltip>
              ) : null}
            </dt>
            <dd className="qf-figures__value" data-testid={`figure-${key}`}>
              {text[key](figures)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
