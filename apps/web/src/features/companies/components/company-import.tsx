import { useState } from 'react';
import { Alert, Button, Progress, Space, Switch, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import {
  COMPANY_IMPORT_COLUMNS,
  COMPANY_IMPORT_MAX_BYTES,
  type CompanyImportDto,
  type CompanyImportRowDto,
} from '@qifu/contracts';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../../components/ui/paged-table';
import { useErrorMessage } from '../../../components/ui/use-error-message';
import { useAppLanguage } from '../../../i18n/use-app-language';
import { formatNumber } from '../../../lib/format';
import {
  useCompanyImport,
  useCompanyImportRows,
  useConfirmCompanyImport,
  useUploadCompanyImport,
} from '../api/company-roster';

const PAGE_SIZE = 20;
const TEMPLATE_ROW = ['示例科技有限公司', '91350100M000100Y43', '软件和信息技术服务业', '成长期', '高新技术企业、瞪羚企业', '王经理', '0591-88886666'];

/** The template as a CSV the browser saves (UTF-8 with BOM, so Excel reads the Chinese). */
export function templateCsv(): string {
  return '\uFEFF' + [COMPANY_IMPORT_COLUMNS.join(','), TEMPLATE_ROW.join(',')].join('\r\n') + '\r\n';
}

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'company-import-template.csv';
  a.click();
  URL.revokeObjectURL(url);
}

// Upload → preview (rows with their errors, paginated) → confirm → progress → summary.
export function CompanyImport() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const errorMessage = useErrorMessage();
  const upload = useUploadCompanyImport();
  const confirm = useConfirmCompanyImport();
  const [importId, setImportId] = useState<string>();
  const [page, setPage] = useState(1);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [tooLarge, setTooLarge] = useState(false);
  const job = useCompanyImport(importId);
  const rows = useCompanyImportRows(importId, { page, pageSize: PAGE_SIZE, onlyErrors });
  const n = (x: number) => formatNumber(x, language);
  const current: CompanyImportDto | undefined = job.data ?? upload.data;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button onClick={downloadTemplate}>{t('companyRoster.import.template')}</Button>
        <Typography.Text type="secondary">{t('companyRoster.import.columns', { columns: COMPANY_IMPORT_COLUMNS.join('、') })}</Typography.Text>
      </Space>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        aria-label={t('companyRoster.import.drop')}
        beforeUpload={(file) => {
          if (file.size > COMPANY_IMPORT_MAX_BYTES) {
            upload.reset();
            setTooLarge(true);
            return Upload.LIST_IGNORE;
          }
          setTooLarge(false);
          setPage(1);
          upload.mutate(file, { onSuccess: (dto) => setImportId(dto.id) });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('companyRoster.import.drop')}</p>
        <p className="ant-upload-hint">{t('companyRoster.import.hint')}</p>
      </Upload.Dragger>
      {tooLarge && <Alert type="error" showIcon message={t('errors.PAYLOAD_TOO_LARGE')} />}
      {upload.isError && <Alert type="error" showIcon message={errorMessage(upload.error)} />}
      {current && (
        <>
          <Alert
            type={current.rowsError ? 'warning' : 'info'}
            showIcon
            message={t('companyRoster.import.counts', {
              total: n(current.rowsTotal),
              created: n(current.rowsNew),
              updated: n(current.rowsUpdate),
              failed: n(current.rowsError),
            })}
          />
          {current.status === 'previewed' && (
            <Space>
              <Button
                type="primary"
                loading={confirm.isPending}
                disabled={current.rowsNew + current.rowsUpdate === 0}
                onClick={() => confirm.mutate(current.id)}
              >
                {t('companyRoster.import.confirm', { n: n(current.rowsNew + current.rowsUpdate) })}
              </Button>
              {current.rowsError > 0 && <Typography.Text type="warning">{t('companyRoster.import.skipErrors')}</Typography.Text>}
            </Space>
          )}
          {confirm.isError && <Alert type="error" showIcon message={errorMessage(confirm.error)} />}
          {current.status !== 'previewed' && (
            <div role="status" aria-live="polite">
              <Progress
                percent={Math.floor((current.rowsDone / Math.max(1, current.rowsNew + current.rowsUpdate)) * 100)}
                status={current.status === 'failed' ? 'exception' : current.status === 'done' ? 'success' : 'active'}
                aria-label={t('companyRoster.import.progressLabel')}
              />
              <Typography.Text>
                {current.status === 'done'
                  ? t('companyRoster.import.done', { created: n(current.rowsNew), updated: n(current.rowsUpdate) })
                  : current.status === 'failed'
                    ? t('companyRoster.import.failed')
                    : t('companyRoster.import.progress', { done: n(current.rowsDone), total: n(current.rowsNew + current.rowsUpdate) })}
              </Typography.Text>
            </div>
          )}
          <Space>
            <Switch
              id="only-errors"
              checked={onlyErrors}
              onChange={(v) => {
                setOnlyErrors(v);
                setPage(1);
              }}
            />
            <label htmlFor="only-errors">{t('companyRoster.import.onlyErrors')}</label>
          </Space>
          <PagedTable<CompanyImportRowDto>
            query={rows}
            label={t('companyRoster.import.previewTable')}
            totalText={(total) => t('companyRoster.import.rowsTotal', { total })}
            empty={t('companyRoster.import.noRows')}
            page={page}
            pageSize={PAGE_SIZE}
            onPageChange={(p) => setPage(p)}
            rowKey="row"
            columns={[
              { title: t('companyRoster.import.row'), dataIndex: 'row', width: 70 },
              { title: COMPANY_IMPORT_COLUMNS[0], dataIndex: 'name' },
              { title: COMPANY_IMPORT_COLUMNS[1], dataIndex: 'creditCode' },
              { title: COMPANY_IMPORT_COLUMNS[3], dataIndex: 'stage' },
              { title: COMPANY_IMPORT_COLUMNS[4], dataIndex: 'tiers' },
              {
                title: t('companyRoster.import.result'),
                key: 'result',
                render: (_: unknown, r: CompanyImportRowDto) =>
                  r.action === 'error' ? (
                    <Space wrap>
                      {r.errors.map((e) => (
                        <Tag color="error" key={e}>
                          {t(`companyRoster.rowError.${e}`)}
                        </Tag>
                      ))}
                    </Space>
                  ) : (
                    <Tag color={r.action === 'new' ? 'success' : 'processing'}>{t(`companyRoster.action.${r.action}`)}</Tag>
                  ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
