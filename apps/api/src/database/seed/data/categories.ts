import type { SeedCategory } from '../seed-data.types';

// The ten service categories named at the supermarket's opening (29 Jan 2021)
// come first, in the order of the report; the others are the natural
// services of the first fourteen providers.
export const SEED_CATEGORIES: SeedCategory[] = [
  {
    code: 'financial-audit',
    nameZh: '财务审计',
    nameEn: 'Financial audit',
    sortOrder: 10,
  },
  {
    code: 'social-security',
    nameZh: '社保代办',
    nameEn: 'Social insurance services',
    sortOrder: 20,
  },
  {
    code: 'recruitment',
    nameZh: '人才猎聘',
    nameEn: 'Recruitment and headhunting',
    sortOrder: 30,
  },
  {
    code: 'startup-mentoring',
    nameZh: '创业辅导',
    nameEn: 'Start-up mentoring',
    sortOrder: 40,
  },
  {
    code: 'tech-consulting',
    nameZh: '科技咨询',
    nameEn: 'Technology consulting',
    sortOrder: 50,
  },
  {
    code: 'intellectual-property',
    nameZh: '知识产权',
    nameEn: 'Intellectual property',
    sortOrder: 60,
  },
  {
    code: 'tech-finance',
    nameZh: '科技金融',
    nameEn: 'Technology finance',
    sortOrder: 70,
  },
  {
    code: 'project-application',
    nameZh: '项目申报',
    nameEn: 'Grant and programme applications',
    sortOrder: 80,
  },
  {
    code: 'strategic-planning',
    nameZh: '战略规划',
    nameEn: 'Strategic planning',
    sortOrder: 90,
  },
  {
    code: 'listing',
    nameZh: '上市挂牌',
    nameEn: 'Listing and IPO preparation',
    sortOrder: 100,
  },
  {
    code: 'bookkeeping-tax',
    nameZh: '财税服务',
    nameEn: 'Bookkeeping and tax',
    sortOrder: 110,
  },
  {
    code: 'hr-outsourcing',
    nameZh: '人力外包',
    nameEn: 'HR outsourcing',
    sortOrder: 120,
  },
  {
    code: 'business-registration',
    nameZh: '工商注册',
    nameEn: 'Business registration',
    sortOrder: 130,
  },
  {
    code: 'management-consulting',
    nameZh: '管理咨询',
    nameEn: 'Management consulting',
    sortOrder: 140,
  },
  {
    code: 'incubation',
    nameZh: '孵化入驻',
    nameEn: 'Incubation and workspace',
    sortOrder: 150,
  },
  {
    code: 'computing',
    nameZh: '算力服务',
    nameEn: 'Computing services',
    sortOrder: 160,
  },
];
