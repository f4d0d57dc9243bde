import type { RecommendationCondition } from '@qifu/contracts';

// The opening set of recommendation rules, along the life cycle (初创 → 成长 → 成熟 → 上市) and the
// park's tiers (科技型中小企业 → 高新技术企业 → 专精特新). A rule may name one service of the seed
// (provider key + title); the seed resolves it to the listing's id. Keyed by `code`: a rule an
// operator changed is not overwritten.
export interface SeedRecommendationRule {
  code: string;
  condition: RecommendationCondition;
  categoryCode: string;
  service?: { providerKey: string; title: string };
  weight: number;
  reasonZh: string;
  reasonEn: string;
}

const TECH_INDUSTRIES = ['电子信息', '软件和信息技术服务', '人工智能', '智能装备', '新材料', '新能源', '医疗器械', '生物医药', '网络安全', '北斗/地理信息', '节能环保'];
const SOFTWARE_INDUSTRIES = ['软件和信息技术服务', '人工智能', '网络安全', '数字创意', '电子商务', '北斗/地理信息'];

export const SEED_RECOMMENDATION_RULES: SeedRecommendationRule[] = [
  {
    code: 'startup-mentoring',
    condition: { all: [{ type: 'stage_in', stages: ['startup'] }] },
    categoryCode: 'startup-mentoring',
    service: { providerKey: 'zhuochuang-inc', title: '创业辅导训练营' },
    weight: 40,
    reasonZh: '贵司处于初创期，创业辅导可帮助梳理商业模式与融资路径',
    reasonEn: 'You are a start-up: mentoring helps you shape your business model and funding path',
  },
  {
    code: 'startup-bookkeeping',
    condition: { all: [{ type: 'stage_in', stages: ['startup'] }, { type: 'no_intent_in', category: 'bookkeeping-tax' }] },
    categoryCode: 'bookkeeping-tax',
    service: { providerKey: 'xinyu-fc', title: '代理记账（小规模纳税人）' },
    weight: 35,
    reasonZh: '初创企业可将记账报税交给专业机构，合规又省心',
    reasonEn: 'A start-up can leave bookkeeping and tax filing to professionals: compliant and effortless',
  },
  {
    code: 'startup-social-security',
    condition: { all: [{ type: 'stage_in', stages: ['startup'] }, { type: 'no_intent_in', category: 'social-security' }] },
    categoryCode: 'social-security',
    service: { providerKey: 'zzgx-hr', title: '单位社保公积金开户代办' },
    weight: 30,
    reasonZh: '初创企业招录首批员工前，需完成单位社保与公积金开户',
    reasonEn: 'Before hiring its first staff, a start-up must open its social insurance and housing fund accounts',
  },
  {
    code: 'startup-incubation',
    condition: { all: [{ type: 'stage_in', stages: ['startup'] }] },
    categoryCode: 'incubation',
    weight: 25,
    reasonZh: '初创企业入驻孵化器可获得办公场地与创业服务',
    reasonEn: 'An incubator gives a start-up workspace and start-up services',
  },
  {
    code: 'startup-registration',
    condition: { all: [{ type: 'stage_in', stages: ['startup'] }, { type: 'no_intent_in', category: 'business-registration' }] },
    categoryCode: 'business-registration',
    weight: 15,
    reasonZh: '初创期常需办理工商登记变更，可交由专业机构代办',
    reasonEn: 'Start-ups often need registration changes; a professional agent can handle them',
  },
  {
    code: 'tech-sme-evaluation',
    condition: { all: [{ type: 'lacks_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }, { type: 'stage_in', stages: ['startup', 'growth'] }] },
    categoryCode: 'project-application',
    service: { providerKey: 'gxkc-ip', title: '科技型中小企业评价入库' },
    weight: 30,
    reasonZh: '贵司尚未入库科技型中小企业，入库后可享研发费用加计扣除等政策',
    reasonEn: 'You are not yet a registered tech-based SME; registration opens the R&D super-deduction and other policies',
  },
  {
    code: 'high-tech-certification',
    condition: { all: [{ type: 'has_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }] },
    categoryCode: 'project-application',
    service: { providerKey: 'zhonggui-mc', title: '高新技术企业认定辅导' },
    weight: 60,
    reasonZh: '贵司为科技型中小企业，可申报高新技术企业认定',
    reasonEn: 'As a tech-based SME, you can apply for high-tech enterprise certification',
  },
  {
    code: 'high-tech-audit',
    condition: { all: [{ type: 'has_tier', tier: 'tech_sme' }, { type: 'lacks_tier', tier: 'high_tech' }] },
    categoryCode: 'financial-audit',
    service: { providerKey: 'fuping-cpa', title: '高新技术企业专项审计' },
    weight: 30,
    reasonZh: '申报高新技术企业认定需要研发费用与高新收入专项审计报告',
    reasonEn: 'A high-tech enterprise application needs a special audit of R&D costs and high-tech revenue',
  },
  {
    code: 'high-tech-rd-deduction',
    condition: { all: [{ type: 'has_tier', tier: 'high_tech' }] },
    categoryCode: 'bookkeeping-tax',
    service: { providerKey: 'pinghe-fc', title: '研发费用加计扣除辅导' },
    weight: 45,
    reasonZh: '贵司为高新技术企业，可享受研发费用加计扣除，专业辅导帮助应享尽享',
    reasonEn: 'As a high-tech enterprise you can claim the R&D super-deduction; guidance makes sure you claim it all',
  },
  {
    code: 'high-tech-finance',
    condition: { all: [{ type: 'has_tier', tier: 'high_tech' }] },
    categoryCode: 'tech-finance',
    service: { providerKey: 'gxjr-assoc', title: '银行贷款对接（科技贷）' },
    weight: 35,
    reasonZh: '高新技术企业可申请科技贷等{category}产品，额度高、利率优',
    reasonEn: 'High-tech enterprises qualify for tech loans and other {category} products on better terms',
  },
  {
    code: 'specialized-sme',
    condition: { all: [{ type: 'has_tier', tier: 'high_tech' }, { type: 'lacks_tier', tier: 'specialized_sme' }, { type: 'stage_in', stages: ['growth', 'mature'] }] },
    categoryCode: 'project-application',
    service: { providerKey: 'zhonggui-mc', title: '专精特新中小企业认定辅导' },
    weight: 35,
    reasonZh: '贵司已是高新技术企业，可进一步申报专精特新中小企业',
    reasonEn: 'Already a high-tech enterprise, you can go on to apply as a specialised and innovative SME (专精特新)',
  },
  {
    code: 'growth-recruitment',
    condition: { all: [{ type: 'stage_in', stages: ['growth'] }] },
    categoryCode: 'recruitment',
    weight: 35,
    reasonZh: '成长期企业人才需求旺盛，可借助人才猎聘补齐关键岗位',
    reasonEn: 'Growing companies need people: recruitment services fill the key positions',
  },
  {
    code: 'recruiting-hr-outsourcing',
    condition: { all: [{ type: 'stage_in', stages: ['growth', 'mature'] }, { type: 'has_intent_in', category: 'recruitment' }] },
    categoryCode: 'hr-outsourcing',
    weight: 20,
    reasonZh: '贵司正在扩充团队，薪酬外包与人事代理可减轻人事负担',
    reasonEn: 'You are growing your team: payroll outsourcing and HR agency lighten the HR load',
  },
  {
    code: 'tech-patents',
    condition: { all: [{ type: 'industry_in', industries: TECH_INDUSTRIES }, { type: 'no_intent_in', category: 'intellectual-property' }] },
    categoryCode: 'intellectual-property',
    service: { providerKey: 'gxkc-ip', title: '发明专利申请代理' },
    weight: 25,
    reasonZh: '科技企业的核心技术宜及早申请专利保护，也是高企认定的加分项',
    reasonEn: 'A tech company should patent its core technology early; patents also count towards high-tech certification',
  },
  {
    code: 'software-copyright',
    condition: { all: [{ type: 'industry_in', industries: SOFTWARE_INDUSTRIES }] },
    categoryCode: 'intellectual-property',
    service: { providerKey: 'hzt-ip', title: '软件著作权登记代理' },
    weight: 20,
    reasonZh: '软件类企业登记软件著作权，可保护成果并用于资质申报',
    reasonEn: 'Registering software copyright protects your work and supports qualification applications',
  },
  {
    code: 'ai-computing',
    condition: { all: [{ type: 'industry_in', industries: ['人工智能', '软件和信息技术服务', '数字创意', '北斗/地理信息'] }] },
    categoryCode: 'computing',
    service: { providerKey: 'xida-tech', title: '算力服务（AI训练与推理）' },
    weight: 30,
    reasonZh: '园区{category}提供 AI 训练与推理、云函数与模型市场，按需使用',
    reasonEn: "The park's {category} offer AI training and inference, cloud functions and a model market, on demand",
  },
  {
    code: 'mature-strategy',
    condition: { all: [{ type: 'stage_in', stages: ['mature'] }] },
    categoryCode: 'strategic-planning',
    weight: 30,
    reasonZh: '成熟期企业宜制定中长期{category}，寻找第二增长曲线',
    reasonEn: 'A mature company benefits from long-term {category} to find its next growth curve',
  },
  {
    code: 'pre-ipo-restructuring',
    condition: { all: [{ type: 'stage_in', stages: ['mature', 'listing'] }, { type: 'lacks_tier', tier: 'listed' }] },
    categoryCode: 'listing',
    service: { providerKey: 'zhonghui-inv', title: '股份制改造咨询' },
    weight: 40,
    reasonZh: '贵司已进入成熟期，可开展股份制改造，为上市挂牌做准备',
    reasonEn: 'You have reached maturity: a joint-stock restructuring prepares you for listing',
  },
  {
    code: 'neeq-listing',
    condition: { all: [{ type: 'stage_in', stages: ['listing'] }, { type: 'lacks_tier', tier: 'listed' }, { type: 'lacks_tier', tier: 'neeq' }] },
    categoryCode: 'listing',
    service: { providerKey: 'zhonghui-inv', title: '新三板挂牌辅导' },
    weight: 45,
    reasonZh: '贵司处于上市准备期，可先行在新三板挂牌',
    reasonEn: 'Preparing to list, you can start with a listing on the NEEQ (新三板)',
  },
  {
    code: 'pre-ipo-audit',
    condition: { all: [{ type: 'stage_in', stages: ['mature', 'listing'] }] },
    categoryCode: 'financial-audit',
    service: { providerKey: 'fuping-cpa', title: '年度财务报表审计' },
    weight: 25,
    reasonZh: '拟上市企业需要连续、规范的年度审计报告',
    reasonEn: 'A company heading for listing needs consistent, standard annual audit reports',
  },
];
