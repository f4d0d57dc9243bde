// Words the generated park is made of. Titles mix Chinese and a few Latin terms (ISO, IPO, AI…)
// so both kinds of search have something to find.

export const KIND_CATEGORIES = {
  hr: ['recruitment', 'social-security', 'hr-outsourcing'],
  accounting: ['financial-audit', 'bookkeeping-tax', 'business-registration'],
  finance_consulting: ['bookkeeping-tax', 'tech-finance', 'project-application'],
  management_consulting: ['strategic-planning', 'management-consulting'],
  incubator: ['incubation', 'startup-mentoring'],
  fintech_association: ['tech-finance', 'startup-mentoring'],
  investment: ['tech-finance', 'listing'],
  technology: ['computing', 'tech-consulting'],
  ip: ['intellectual-property', 'project-application'],
};

export const KIND_WORDS = {
  hr: ['人力资源服务有限公司', '人力'],
  accounting: ['会计师事务所（普通合伙）', '会计所'],
  finance_consulting: ['财税咨询有限公司', '财税'],
  management_consulting: ['企业管理咨询有限公司', '管理咨询'],
  incubator: ['科技企业孵化器有限公司', '孵化器'],
  fintech_association: ['科技金融服务中心', '科技金融'],
  investment: ['投资管理有限公司', '投资'],
  technology: ['信息技术有限公司', '科技'],
  ip: ['知识产权代理有限公司', '知产'],
};

export const TITLE_STEMS = {
  'financial-audit': ['年度财务报表审计', '高新技术企业专项审计', '清产核资审计', 'IPO 财务尽职调查', '内部控制审计', '研发费用专项审计'],
  'social-security': ['社保公积金代办', '单位社保开户代办', '员工参保增减员代办', '工伤认定协助'],
  recruitment: ['中高端人才猎聘', '研发技术岗位招聘', '校园招聘与批量招聘', '高管寻访 Executive Search', '蓝领批量招聘'],
  'startup-mentoring': ['创业辅导训练营', '创业导师一对一辅导', '商业计划书 BP 打磨', '路演与融资辅导'],
  'tech-consulting': ['企业数字化转型咨询', '技术路线评估', '信息安全等保咨询', 'AI 应用落地咨询', 'ERP 选型咨询'],
  'intellectual-property': ['发明专利申请代理', '商标注册代理', '软件著作权登记代理', '知识产权贯标辅导', '专利侵权分析', '高价值专利培育', 'PCT 国际专利申请'],
  'tech-finance': ['银行贷款对接（科技贷）', '知识产权质押融资对接', '股权融资对接', '政府引导基金申报'],
  'project-application': ['科技项目申报', '高新技术企业认定辅导', '专精特新认定辅导', '科技型中小企业评价入库', '研发费用加计扣除辅导'],
  'strategic-planning': ['企业战略规划', '中长期发展规划', '商业模式设计', 'OKR 落地咨询'],
  listing: ['股份制改造咨询', '新三板挂牌辅导', 'IPO 上市辅导', '区域股权市场挂牌'],
  'bookkeeping-tax': ['代理记账（小规模纳税人）', '代理记账（一般纳税人）', '税务筹划', '企业所得税汇算清缴', '出口退税代办', '税务稽查应对'],
  'hr-outsourcing': ['薪酬外包', '劳务派遣', '人事代理与档案托管', 'HR SaaS 人事系统'],
  'business-registration': ['工商注册与变更', '公司注销（税务与工商）', '经营范围变更', '资质许可代办'],
  'management-consulting': ['绩效与薪酬体系设计', '组织架构设计', 'ISO 9001 质量体系认证辅导', '精益生产咨询'],
  incubation: ['孵化入驻', '共享工位', '加速器入驻', '实验室共享'],
  computing: ['算力服务（AI训练与推理）', 'GPU 云主机租用', '模型私有化部署', '云函数开通'],
};

export const VARIANTS = ['', '·标准版', '·专业版', '·加急', '·年度套餐', '·初创企业专享', '·园区优惠', '·基础版', '·旗舰版', '·上门服务', '·线上办理', '·全程代办'];

export const CITIES = ['郑州', '河南', '中原', '北京', '上海', '深圳', '洛阳', '开封', '新乡', '许昌'];
export const BRANDS = [
  '华信', '中科', '嘉禾', '汇智', '睿达', '博远', '恒通', '瑞丰', '启明', '天成', '宏图', '卓越', '众合', '金桥', '鼎盛', '和润',
  '长青', '明德', '同创', '开元', '正道', '锦程', '远航', '聚力', '新程', '泰和', '安信', '德邦', '盛世', '永安', '国泰', '光华',
  '思源', '立达', '智联', '鸿运', '诚达', '华夏', '东方', '尚品',
];
export const INDUSTRY_WORDS = [
  ['软件', '软件和信息技术服务'], ['电子', '电子信息'], ['生物', '生物医药'], ['新材料', '新材料'], ['智能装备', '智能制造'],
  ['网络', '互联网'], ['数据', '大数据'], ['医疗器械', '医疗器械'], ['环保', '节能环保'], ['新能源', '新能源'],
  ['检测', '检验检测'], ['传感', '智能传感器'], ['光电', '光电子'], ['机器人', '机器人'], ['化工', '精细化工'],
  ['食品', '食品加工'], ['文化传媒', '文化创意'], ['物流', '现代物流'], ['教育科技', '教育科技'], ['农业科技', '现代农业'],
];
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
export const TITLES_OF_ADDRESS = ['经理', '总监', '女士', '先生', '主任'];
export const DURATIONS = ['5个工作日', '1-2周', '约1个月', '1-3个月', '3-6个月', '按年服务', '按月服务'];
export const UNITS = ['次', '年', '月', '件', '人', null];
export const DELIVERABLES = ['服务方案', '进度报告', '结项报告', '审计报告', '申报材料', '受理通知书', '证书', '培训课件', '咨询报告', '合规清单'];
export const SUMMARY_TAILS = ['流程清晰，按期交付。', '资深顾问全程跟进。', '园区企业享受专属价格。', '可线上办理，进度随时可查。', '已服务数百家园区企业。'];
export const DESCRIPTION_PARTS = [
  '服务团队熟悉郑州高新区和梧桐园区的政策与办事流程，',
  '可根据企业所处发展阶段（初创期、成长期、成熟期、上市期）定制方案，',
  '签约前提供免费诊断，明确需求、周期与报价，',
  '服务过程中指定专人对接，重要节点书面确认，',
  '涉及财务、税务、社保等事项时严格保密企业信息，',
  '交付后提供三个月的免费答疑。',
];
export const NEEDS = ['希望尽快对接，', '请介绍服务流程和报价，', '今年内需要完成，', '想先了解案例，', '园区推荐过来，', '请安排顾问上门沟通，'];
export const MESSAGES = ['您好，请问方便电话沟通吗？', '材料已上传，请查收。', '报价单已发送到邮箱。', '下周二上午可以上门。', '好的，收到。', '合同条款我们再确认一下。', '进度已更新，请查看。'];
export const COMMENTS = ['服务专业，响应及时。', '沟通顺畅，交付按期。', '整体满意，价格合理。', '顾问很负责，推荐。', '流程清晰，效率较高。', ''];
