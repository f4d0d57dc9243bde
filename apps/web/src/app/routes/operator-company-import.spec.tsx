import { afterEach, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { CompanyImportDto, CompanyImportRowDto } from '@qifu/contracts';
import { setupUser } from '../../testing/antd';
import { operatorMe, page } from '../../testing/fixtures';
import { mockFetch, requests } from '../../testing/mock-fetch';
import { renderRoute } from '../../testing/render';
import { templateCsv } from '../../features/companies/components/company-import';
import { OperatorCompanyImportRoute } from './operator-company-import';

const preview: CompanyImportDto = {
  id: '11111111-2222-4333-8444-555555555555',
  status: 'previewed',
  fileName: 'roster.csv',
  rowsTotal: 3,
  rowsNew: 1,
  rowsUpdate: 1,
  rowsError: 1,
  rowsDone: 0,
  error: null,
  createdAt: '2026-12-07T08:00:00.000Z',
  finishedAt: null,
};
const rows: CompanyImportRowDto[] = [
  { row: 2, name: '示例科技有限公司', creditCode: '91350100M000100Y43', industry: '软件', stage: '成长期', tiers: '瞪羚企业', contactName: '王', contactPhone: '0591-88886666', action: 'new', errors: [] },
  { row: 3, name: '', creditCode: '91350100M000100Y44', industry: '软件', stage: '壮年期', tiers: '', contactName: '王', contactPhone: '0591-88886666', action: 'error', errors: ['name_missing', 'credit_code_invalid', 'stage_unknown'] },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OperatorCompanyImportRoute', () => {
  it('uploads the file, shows the rows with their errors, confirms, and follows the progress to the end', async () => {
    const user = setupUser();
    let polls = 0;
    let confirmed = false;
    const fetchMock = mockFetch((url, req) => {
      if (url.pathname === '/api/operator/companies/imports' && req.method === 'POST') return { status: 201, body: preview };
      if (url.pathname.endsWith('/rows')) return { body: page(rows, { total: 3, pageSize: 20 }) };
      if (url.pathname.endsWith('/confirm')) {
        confirmed = true;
        return { body: { ...preview, status: 'queued' } };
      }
      if (!confirmed) return { body: preview };
      polls++;
      return { body: polls < 2 ? { ...preview, status: 'running', rowsDone: 1 } : { ...preview, status: 'done', rowsDone: 2 } };
    });
    renderRoute(<OperatorCompanyImportRoute />, { path: '/operator/companies/import', url: '/operator/companies/import', me: operatorMe() });
    expect(document.title).toBe('批量导入企业 · 企服超市');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input).toHaveAttribute('accept', '.xlsx,.csv');
    await user.upload(input, new File(['企业名称\n'], 'roster.csv', { type: 'text/csv' }));

    expect(await screen.findByText('共 3 行：新增 1，更新 1，有误 1')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '导入预览' });
    expect(await within(table).findByText('示例科技有限公司')).toBeInTheDocument();
    expect(within(table).getByText('缺少企业名称')).toBeInTheDocument();
    expect(within(table).getByText('统一社会信用代码无效（校验位不符）')).toBeInTheDocument();
    const [upload] = requests(fetchMock).filter((r) => r.method === 'POST');
    expect(upload.url.pathname).toBe('/api/operator/companies/imports');
    expect(upload.url.searchParams.get('fileName')).toBe('roster.csv');
    expect(upload.headers.get('content-type')).toBe('text/csv');

    await user.click(screen.getByRole('button', { name: '确认导入 2 行' }));
    expect(await screen.findByText('导入完成：新增 1 家，更新 1 家', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(requests(fetchMock).some((r) => r.url.pathname === `/api/operator/companies/imports/${preview.id}/confirm`)).toBe(true);
  });

  it('translates a refused file', async () => {
    const user = setupUser();
    mockFetch(() => ({ status: 400, body: { code: 'COMPANY_IMPORT_COLUMNS_MISSING', message: 'x' } }));
    renderRoute(<OperatorCompanyImportRoute />, { path: '/operator/companies/import', url: '/operator/companies/import', me: operatorMe() });
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, new File(['x'], 'a.xlsx'));
    expect(await screen.findByText('表头缺少必需的列，请使用导入模板。')).toBeInTheDocument();
  });

  it('offers a template with the columns the import reads', () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFF企业名称,统一社会信用代码,行业,发展阶段,梯度,联系人,联系电话\r\n')).toBe(true);
  });
});
