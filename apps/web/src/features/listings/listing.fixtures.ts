import type { CategoryDto, ProviderListingDto } from '@qifu/contracts';

// Listings of 北京外企 as its workspace sees them (tests only).

export const workspaceCategories: CategoryDto[] = [
  {
    code: 'recruitment',
    nameZh: '人才猎聘',
    nameEn: 'Recruitment and headhunting',
    serviceCount: 4,
  },
  {
    code: 'social-insurance',
    nameZh: '社保代办',
    nameEn: 'Social insurance',
    serviceCount: 3,
  },
];

export function providerListing(
  overrides: Partial<ProviderListingDto> = {},
): ProviderListingDto {
  return {
    id: '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    title: '中高端人才猎聘',
    category: {
      code: 'recruitment',
      nameZh: '人才猎聘',
      nameEn: 'Recruitment and headhunting',
    },
    stages: ['growth', 'mature'],
    summary: '为园区企业寻访技术骨干与中高层管理人才。',
    description: '## 服务流程\n\n- 需求访谈\n- 人才寻访',
    deliverables: ['候选人推荐报告'],
    price: { model: 'range', min: 20000, max: 80000, unit: '元/人' },
    duration: '30个工作日',
    status: 'published',
    publishedAt: '2026-03-01T02:00:00.000Z',
    moderationReason: null,
    updatedAt: '2026-11-20T02:00:00.000Z',
    figures: {
      views: 1234,
      intents: 9,
      acceptanceRate: 0.667,
      signRate: 0.333,
      medianFirstResponseHours: 3.5,
      ratingAvg: 4.8,
      ratingCount: 5,
    },
    ...overrides,
  };
}
