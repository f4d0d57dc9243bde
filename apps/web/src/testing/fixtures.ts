import type {
  CategoryRef,
  IntentDetailDto,
  MeDto,
  Page,
  ProviderSummaryDto,
  RatingDto,
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

export function me(
  overrides: {
    user?: Partial<MeDto['user']>;
    organisation?: Partial<MeDto['organisation']>;
  } = {},
): MeDto {
  return {
    user: {
      id: '11111111-2222-4333-8444-555555555555',
      email: 'wang@aersen.example',
      displayName: '王经理',
      role: 'admin',
      ...overrides.user,
    },
    organisation: {
      id: '66666666-7777-4888-8999-000000000000',
      kind: 'company',
      name: '郑州埃尓森科技有限公司',
      ...overrides.organisation,
    },
    csrfToken: 'csrf-token-from-me',
    session: {
      id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      expiresAt: '2026-11-22T12:00:00.000Z',
      idleExpiresAt: '2026-11-22T10:30:00.000Z',
    },
  };
}

export const operatorMe = () =>
  me({
    user: { email: 'zhang@wutong.example', displayName: '张老师' },
    organisation: { kind: 'operator', name: '梧桐园区运营中心' },
  });

export const providerMe = () =>
  me({
    user: { email: 'li@bjfesco.example', displayName: '李顾问' },
    organisation: {
      kind: 'provider',
      name: '北京外企人力资源服务河南有限公司',
      providerStatus: 'pending',
    },
  });

// Cooperation intents: 郑州埃尓森 asks 富平会计师事务所 for the annual audit.

export function rating(overrides: Partial<RatingDto> = {}): RatingDto {
  return {
    professional: 5,
    responsiveness: 4,
    attitude: 5,
    value: 4,
    average: 4.5,
    comment: '',
    createdAt: '2026-03-02T08:00:00.000Z',
    reply: null,
    repliedAt: null,
    companyName: '郑州埃尓森科技有限公司',
    ...overrides,
  };
}

export function intentDetail(
  overrides: Partial<IntentDetailDto> = {},
): IntentDetailDto {
  return {
    id: '9d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    status: 'submitted',
    need: '明年申报高新技术企业，需要做上一年度财务报表审计。',
    company: {
      id: '66666666-7777-4888-8999-000000000000',
      name: '郑州埃尓森科技有限公司',
    },
    provider: { id: fupingProvider.id, name: fupingProvider.name },
    service: {
      id: '0b6a3c1e-2f4d-4a5b-9c8d-7e6f5a4b3c2d',
      title: '年度财务审计',
    },
    category: auditCategory,
    budget: { negotiable: false, min: 10000, max: 30000 },
    wishedStartDate: '2026-04-01',
    matchedByOperator: false,
    overdue: false,
    unreadMessages: 0,
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T02:00:00.000Z',
    version: 0,
    contactName: '王经理',
    contactPhone: '138 0000 0000',
    contractAmount: null,
    signedOn: null,
    reason: null,
    firstResponseAt: null,
    responseDueAt: '2026-03-04T02:00:00.000Z',
    problemId: null,
    events: [
      {
        id: '1',
        at: '2026-03-01T02:00:00.000Z',
        actorRole: 'company',
        actorName: '郑州埃尓森科技有限公司 · 王经理',
        from: null,
        to: 'submitted',
        note: null,
      },
    ],
    actions: [],
    rating: null,
    canRate: false,
    canReply: false,
    ...overrides,
  };
}
