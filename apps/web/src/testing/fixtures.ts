import type {
  CategoryRef,
  Page,
  ProviderSummaryDto,
  ServiceDetailDto,
  ServiceSummaryDto,
} from '@qifu/contracts';

// Realistic catalogue rows for component tests, after the opening-day providers.

export const auditCategory: CategoryRef = {
  code: 'financial-audit',
  nameZh: '财务审计',
  nameEn: 'Financial audit',
};

export const recruitmentCategory: CategoryRef = {
  code: 'recruitment',
  nameZh: '人才猎聘',
  nameEn: 'Recruitment and headhunting',
};

export const fupingProvider: ProviderSummaryDto = {
  id: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  name: '河南富平联合会计师事务所（普通合伙）',
  shortName: '富平会计师事务所',
  kind: 'accounting',
  summary: '为园区企业提供年度财务审计、专项审计和高企认定专项审计报告。',
  categories: [auditCategory],
  serviceCount: 3,
  contactName: '王会计师',
  contactPhone: '0371-6788 1234',
  address: '郑州高新区梧桐园区 大学科技园（西区）研发5号楼2楼',
};

export function serviceSummary(
  overrides: Partial<ServiceSummaryDto> = {},
): ServiceSummaryDto {
  return {
    id: '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d',
    title: '年度财务审计',
    summary: '依据中国注册会计师审计准则，对企业年度财务报表出具审计报告。',
    category: auditCategory,
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 8000, max: 30000, unit: null },
    duration: '15个工作日',
    provider: {
      id: fupingProvider.id,
      name: fupingProvider.name,
      kind: 'accounting',
    },
    ratingAvg: 4.8,
    ratingCount: 12,
    publishedAt: '2021-01-29T02:00:00.000Z',
    ...overrides,
  };
}

export function page<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 12, ...overrides };
}

export function serviceDetail(
  overrides: Partial<ServiceDetailDto> = {},
): ServiceDetailDto {
  return {
    ...serviceSummary(),
    description: '第一段：审计范围。\n第二段：交付时间。',
    deliverables: ['年度审计报告', '管理建议书'],
    provider: fupingProvider,
    related: [],
    ...overrides,
  };
}
