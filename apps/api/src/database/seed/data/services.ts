import type { SeedService } from '../seed-data.types';

// The supermarket's service listings ("30多项" at opening, a few added since).
// Prices are in yuan; `unit` null means the price covers the whole engagement.
export const SEED_SERVICES: SeedService[] = [
  // 北京外企人力资源服务河南有限公司
  {
    providerKey: 'bjwq-hr',
    categoryCode: 'recruitment',
    title: '中高端人才猎聘',
    summary: '面向研发总监、技术骨干和中高层管理岗位，定向寻访合适人选。',
    description:
      '针对企业研发负责人、核心技术岗位和中高层管理岗位，由顾问与用人部门共同梳理岗位画像和任职要求。\n' +
      '顾问通过人才库检索和定向寻访推荐候选人，完成初步面试和背景核实后再提交企业面试。\n' +
      '服务费一般按候选人税前年薪的20%–25%收取，候选人入职后收费，并提供保证期内的免费替换。\n' +
      '适合正在组建研发团队或筹备上市、需要补齐管理团队的园区企业。',
    deliverables: [
      '岗位需求说明书',
      '候选人推荐报告',
      '面试安排与反馈记录',
      '背景调查报告',
      '保证期内免费替换',
    ],
    stages: ['growth', 'mature', 'listing'],
    price: { model: 'range', min: 20000, max: 100000, unit: '元/岗位' },
    duration: '30–60天',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'bjwq-hr',
    categoryCode: 'social-security',
    title: '社保公积金代办',
    summary: '按月代办员工社保、公积金缴纳及增减员，省去企业往返窗口。',
    description:
      '为尚未配备专职人事的企业按月办理员工社会保险和住房公积金的缴纳、增员和减员。\n' +
      '企业每月提供人员变动信息，服务方负责核定缴费基数、完成申报并反馈缴费明细。\n' +
      '员工生育、工伤、医保报销等业务也可协助办理。\n' +
      '收费按在缴人数每月计算，不含企业和个人应缴的社保及公积金费用。',
    deliverables: [
      '月度缴费明细表',
      '增减员办理回执',
      '年度缴费基数核定',
      '员工社保业务咨询',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 30, max: null, unit: '元/人·月' },
    duration: '按月持续服务',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'bjwq-hr',
    categoryCode: 'hr-outsourcing',
    title: '薪酬外包',
    summary: '代为核算工资、个税和社保扣款，按时出具工资条和薪酬报表。',
    description:
      '企业按月提供考勤、绩效和人员变动数据，服务方完成工资核算、个人所得税计算和社保公积金扣款。\n' +
      '核算结果经企业确认后，可协助完成个税申报和工资发放。\n' +
      '员工可通过电子工资条查看明细，企业可按部门获取薪酬统计报表。\n' +
      '薪酬数据按保密要求管理，适合员工人数在二十人以上、希望减少人事事务性工作的企业。',
    deliverables: [
      '月度工资核算表',
      '电子工资条',
      '个税申报回执',
      '月度薪酬统计报表',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 20, max: 60, unit: '元/人·月' },
    duration: '按月持续服务',
    publishedAt: '2022-03-15',
  },

  // 郑州高新人力资源服务有限公司
  {
    providerKey: 'zzgx-hr',
    categoryCode: 'recruitment',
    title: '校园招聘与批量招聘',
    summary: '对接省内高校组织专场招聘，满足企业批量用人和应届生招聘需求。',
    description:
      '根据企业的岗位数量和专业要求，制定校园招聘或社会批量招聘方案。\n' +
      '可对接省内高校就业部门组织专场宣讲会和双选会，也可在园区内组织联合招聘活动。\n' +
      '服务方负责简历初筛、笔试面试组织和录用通知发放，企业重点把好终面关。\n' +
      '费用根据招聘人数、岗位类型和活动规模协商确定。',
    deliverables: [
      '招聘方案',
      '宣讲会或招聘会组织',
      '简历筛选结果',
      '面试组织与录用跟进',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '1–3个月',
    publishedAt: '2021-09-06',
  },
  {
    providerKey: 'zzgx-hr',
    categoryCode: 'hr-outsourcing',
    title: '劳务派遣',
    summary: '为辅助性、临时性岗位提供合规的劳务派遣用工，灵活调整用工规模。',
    description:
      '针对生产辅助、仓储物流、客服等临时性、辅助性或替代性岗位，按照劳务派遣相关规定提供派遣用工。\n' +
      '服务方与派遣员工签订劳动合同，负责工资发放、社保缴纳和劳动关系管理。\n' +
      '企业可根据订单和项目周期灵活增减用工人数。\n' +
      '收费为每人每月的管理服务费，员工工资和社保费用按实际结算。',
    deliverables: [
      '劳务派遣协议',
      '派遣人员花名册',
      '月度费用结算单',
      '劳动关系事务处理',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 100, max: 200, unit: '元/人·月' },
    duration: '按月持续服务',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'zzgx-hr',
    categoryCode: 'social-security',
    title: '单位社保公积金开户代办',
    summary: '新设立企业首次办理单位社保、公积金开户及首批人员参保。',
    description:
      '企业完成工商注册后，需要在规定时间内办理单位社会保险登记和住房公积金缴存登记。\n' +
      '服务方列出所需材料清单，代为完成线上申报和窗口办理，并为首批员工办理参保登记。\n' +
      '办理完成后交付开户凭证和后续月度申报操作说明。\n' +
      '适合刚入驻园区、尚未开展社保业务的初创企业。',
    deliverables: [
      '材料清单',
      '单位社保登记凭证',
      '公积金缴存登记凭证',
      '首批员工参保回执',
    ],
    stages: ['startup'],
    price: { model: 'fixed', min: 500, max: null, unit: '元/次' },
    duration: '5–10个工作日',
    publishedAt: '2023-02-20',
  },

  // 河南厚泽人力资源有限公司
  {
    providerKey: 'hnhz-hr',
    categoryCode: 'hr-outsourcing',
    title: '人事代理与档案托管',
    summary: '代办入离职、劳动合同管理和员工档案托管，补齐小微企业人事短板。',
    description:
      '为员工人数较少、未设专职人事岗位的企业提供人事代理服务。\n' +
      '服务内容包括员工入职和离职手续办理、劳动合同的签订与续签提醒、员工档案接收和托管。\n' +
      '可协助出具在职、收入等证明材料，并解答日常用工中的劳动法规问题。\n' +
      '收费按托管人数每月计算。',
    deliverables: [
      '入离职手续办理',
      '劳动合同台账',
      '员工档案托管',
      '用工合规咨询',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 50, max: null, unit: '元/人·月' },
    duration: '按月持续服务',
    publishedAt: '2021-04-12',
  },
  {
    providerKey: 'hnhz-hr',
    categoryCode: 'recruitment',
    title: '研发技术岗位招聘',
    summary: '针对软件开发、硬件设计、测试等研发岗位，按岗位提供招聘服务。',
    description:
      '聚焦软件开发、嵌入式与硬件设计、测试、算法等研发技术岗位。\n' +
      '顾问根据企业的技术方向和薪酬水平推荐候选人，并组织技术面试前的初步沟通。\n' +
      '按成功入职的岗位收费，初级、中级岗位价格不同，入职前不收取费用。\n' +
      '适合处在扩张期、需要连续补充研发人员的园区企业。',
    deliverables: ['岗位画像', '候选人推荐', '面试安排', '入职跟进'],
    stages: ['growth'],
    price: { model: 'range', min: 3000, max: 15000, unit: '元/岗位' },
    duration: '15–30天',
    publishedAt: '2024-06-18',
  },

  // 河南富平联合会计师事务所（普通合伙）
  {
    providerKey: 'fuping-cpa',
    categoryCode: 'financial-audit',
    title: '年度财务报表审计',
    summary: '对企业年度财务报表实施审计并出具审计报告，用于年报、融资和申报。',
    description:
      '按照中国注册会计师审计准则，对企业年度资产负债表、利润表、现金流量表及附注实施审计。\n' +
      '审计过程中与企业财务人员充分沟通，对发现的会计处理问题提出调整建议。\n' +
      '出具的审计报告可用于工商年报、银行授信、项目申报和股权融资等场景。\n' +
      '收费根据企业资产规模、业务复杂程度和工作量确定。',
    deliverables: ['年度审计报告', '审计调整建议', '管理建议书'],
    stages: ['growth', 'mature', 'listing'],
    price: { model: 'range', min: 8000, max: 60000, unit: null },
    duration: '10–20个工作日',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'fuping-cpa',
    categoryCode: 'financial-audit',
    title: '高新技术企业专项审计',
    summary:
      '出具高企认定所需的研发费用和高新技术产品（服务）收入专项审计报告。',
    description:
      '高新技术企业认定需要提交近三个会计年度研发费用和近一个会计年度高新技术产品（服务）收入的专项审计报告。\n' +
      '审计人员按照认定工作指引核查研发项目立项、费用归集和收入划分，并对不规范之处提出调整意见。\n' +
      '可与企业委托的申报辅导机构配合，确保数据口径一致。\n' +
      '建议在申报截止前两个月启动。',
    deliverables: [
      '研发费用专项审计报告',
      '高新技术产品（服务）收入专项审计报告',
      '研发费用辅助账调整建议',
    ],
    stages: ['growth'],
    price: { model: 'range', min: 6000, max: 15000, unit: null },
    duration: '10–15个工作日',
    publishedAt: '2021-05-10',
  },
  {
    providerKey: 'fuping-cpa',
    categoryCode: 'bookkeeping-tax',
    title: '企业所得税汇算清缴鉴证',
    summary: '对年度企业所得税汇算清缴进行鉴证，核对纳税调整和优惠享受情况。',
    description:
      '在年度企业所得税汇算清缴期内，对企业的收入、成本费用和纳税调整事项进行核查。\n' +
      '重点关注研发费用加计扣除、高新技术企业优惠税率等优惠政策的适用条件。\n' +
      '对发现的问题及时与企业沟通，协助完成申报表填报。\n' +
      '出具的鉴证报告可作为企业内部管理和对外提供的依据。',
    deliverables: [
      '企业所得税汇算清缴鉴证报告',
      '纳税调整明细',
      '涉税风险提示',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 3000, max: 20000, unit: null },
    duration: '7–15个工作日',
    publishedAt: '2022-02-14',
  },

  // 郑州鑫裕财务咨询有限公司
  {
    providerKey: 'xinyu-fc',
    categoryCode: 'bookkeeping-tax',
    title: '代理记账（小规模纳税人）',
    summary: '为小规模纳税人按月记账、报税，适合刚起步的初创企业。',
    description:
      '企业每月提供票据，由专职会计完成记账凭证编制、账簿登记和财务报表编制。\n' +
      '按期完成增值税、附加税、个人所得税等纳税申报，并办理工商年报。\n' +
      '每月反馈纳税情况，提醒发票使用和税收优惠政策。\n' +
      '年付可享受优惠，具体以合同为准。',
    deliverables: [
      '记账凭证与账簿',
      '月度财务报表',
      '纳税申报回执',
      '工商年报办理',
    ],
    stages: ['startup'],
    price: { model: 'fixed', min: 200, max: null, unit: '元/月' },
    duration: '按月持续服务',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'xinyu-fc',
    categoryCode: 'bookkeeping-tax',
    title: '代理记账（一般纳税人）',
    summary: '为一般纳税人企业提供记账、进项认证和纳税申报等全流程服务。',
    description:
      '面向已登记为一般纳税人的企业，提供记账、报表编制和各税种申报。\n' +
      '每月协助完成进项发票勾选认证，核对销项开票数据，控制税负波动。\n' +
      '可按企业需要建立研发费用辅助账，为高企认定和加计扣除做好基础工作。\n' +
      '收费按月计算，业务量较大的企业可另行协商。',
    deliverables: [
      '记账凭证与账簿',
      '月度财务报表',
      '进项发票认证',
      '纳税申报回执',
      '研发费用辅助账',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 500, max: null, unit: '元/月' },
    duration: '按月持续服务',
    publishedAt: '2021-03-08',
  },
  {
    providerKey: 'xinyu-fc',
    categoryCode: 'business-registration',
    title: '工商注册与变更',
    summary: '代办公司设立登记及名称、地址、股东、经营范围等变更登记。',
    description:
      '为新设立企业办理名称申报、设立登记、刻章和税务登记，帮助企业尽快具备经营条件。\n' +
      '已设立企业可委托办理名称、注册地址、法定代表人、股东和经营范围等变更登记。\n' +
      '办理前根据企业情况给出注册资本、经营范围等方面的建议。\n' +
      '按办理事项计费，不含刻章等第三方费用。',
    deliverables: ['营业执照', '公司章程', '印章备案', '税务登记'],
    stages: ['startup', 'growth'],
    price: { model: 'range', min: 300, max: 1500, unit: '元/件' },
    duration: '3–7个工作日',
    publishedAt: '2021-02-22',
  },

  // 郑州平和财务咨询有限公司
  {
    providerKey: 'pinghe-fc',
    categoryCode: 'bookkeeping-tax',
    title: '税务筹划',
    summary: '在合法合规前提下，结合业务模式和优惠政策合理安排涉税事项。',
    description:
      '通过访谈和账务资料分析，了解企业的业务模式、收入结构和现行纳税情况。\n' +
      '梳理企业可适用的高新技术企业优惠、研发费用加计扣除、小型微利企业优惠等政策。\n' +
      '针对合同签订、业务流程和组织架构中的涉税环节提出优化建议，并提示潜在风险。\n' +
      '方案以合法合规为前提，费用根据企业规模和工作范围协商确定。',
    deliverables: [
      '涉税现状诊断报告',
      '税收优惠适用清单',
      '税务筹划方案',
      '实施跟踪辅导',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '1–2个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'pinghe-fc',
    categoryCode: 'bookkeeping-tax',
    title: '研发费用加计扣除辅导',
    summary: '规范研发项目立项和费用归集，帮助企业足额享受加计扣除政策。',
    description:
      '协助企业梳理年度研发项目，补充完善立项、结题等过程资料。\n' +
      '按照政策口径建立研发费用辅助账，区分人员人工、直接投入、折旧摊销等费用类别。\n' +
      '在汇算清缴时协助填报加计扣除优惠明细表，并整理留存备查资料。\n' +
      '适合研发投入较多、但费用归集尚不规范的科技型企业。',
    deliverables: [
      '研发项目立项资料',
      '研发费用辅助账',
      '加计扣除优惠明细表',
      '留存备查资料清单',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 3000, max: 10000, unit: null },
    duration: '2–4周',
    publishedAt: '2023-04-03',
  },
  {
    providerKey: 'pinghe-fc',
    categoryCode: 'business-registration',
    title: '公司注销（税务与工商）',
    summary: '代办清算、税务注销和工商注销，帮助企业依法有序退出。',
    description:
      '对不再经营的公司或项目公司，先行核查账务和税务情况，列出需要清理的事项。\n' +
      '协助完成清算组备案、债权人公告、清算报告编制等程序。\n' +
      '依次办理税务注销、社保和公积金账户注销以及工商注销登记。\n' +
      '符合条件的企业可走简易注销程序，费用根据账务复杂程度确定。',
    deliverables: [
      '注销前账务税务核查',
      '清算报告',
      '清税证明',
      '注销登记通知书',
    ],
    stages: ['mature'],
    price: { model: 'range', min: 1500, max: 6000, unit: null },
    duration: '1–3个月',
    publishedAt: '2026-08-24',
  },

  // 郑州联创洪杉企业管理咨询有限公司
  {
    providerKey: 'lchs-mc',
    categoryCode: 'strategic-planning',
    title: '企业战略规划',
    summary: '梳理行业机会和自身能力，与管理层共同制定三年发展战略。',
    description:
      '通过管理层访谈、内部调研和行业分析，评估企业所处的市场环境和竞争格局。\n' +
      '梳理企业的核心能力和短板，明确主营业务方向和目标市场。\n' +
      '与管理层共同研讨，形成三年战略目标、重点举措和年度分解计划。\n' +
      '方案交付后提供季度回顾，帮助战略落到实处。',
    deliverables: [
      '行业与竞争分析报告',
      '企业内部诊断报告',
      '三年战略规划',
      '年度重点工作分解',
      '季度战略回顾',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '2–3个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'lchs-mc',
    categoryCode: 'management-consulting',
    title: '绩效与薪酬体系设计',
    summary: '建立与战略目标挂钩的绩效考核和薪酬激励体系，留住核心人才。',
    description:
      '在岗位梳理和价值评估的基础上，设计岗位职级和薪酬等级体系。\n' +
      '结合企业战略目标设计部门和岗位的绩效指标，明确考核周期和结果应用。\n' +
      '对研发和销售等关键岗位，可设计项目奖金和提成方案。\n' +
      '方案落地时提供制度文件和管理人员培训。',
    deliverables: [
      '岗位说明书',
      '职级与薪酬体系',
      '绩效考核制度',
      '管理人员培训',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 50000, max: 150000, unit: null },
    duration: '2–4个月',
    publishedAt: '2022-07-11',
  },

  // 郑州卓创孵化科技服务有限公司
  {
    providerKey: 'zhuochuang-inc',
    categoryCode: 'incubation',
    title: '孵化入驻',
    summary: '为初创团队提供拎包入驻的办公空间和注册、财税等配套服务。',
    description:
      '提供不同面积的独立办公室和共享工位，配有会议室、路演厅和基础网络。\n' +
      '入驻团队可使用注册地址，并享受工商、财税、知识产权等服务的对接。\n' +
      '孵化期间定期组织项目交流和资源对接活动。\n' +
      '租金按面积每月计算，物业费和水电费另计。',
    deliverables: [
      '办公场地',
      '注册地址',
      '会议室与路演厅使用',
      '配套服务对接',
    ],
    stages: ['startup'],
    price: { model: 'fixed', min: 35, max: null, unit: '元/㎡·月' },
    duration: '一般不超过3年',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'zhuochuang-inc',
    categoryCode: 'startup-mentoring',
    title: '创业辅导训练营',
    summary: '为期八周的小班训练营，系统讲解商业模式、团队和融资准备。',
    description:
      '训练营以小班形式开展，每期招收十余个初创团队，每周集中授课一次。\n' +
      '课程涵盖商业模式设计、产品验证、团队搭建与股权分配、财税基础和融资准备。\n' +
      '每个团队配备一名导师跟踪辅导，结营时组织路演并邀请投资机构参加。\n' +
      '费用按参训人员收取。',
    deliverables: [
      '八周系统课程',
      '导师跟踪辅导',
      '商业计划书修改建议',
      '结营路演',
    ],
    stages: ['startup'],
    price: { model: 'fixed', min: 1500, max: null, unit: '元/人' },
    duration: '8周',
    publishedAt: '2021-06-21',
  },
  {
    providerKey: 'zhuochuang-inc',
    categoryCode: 'startup-mentoring',
    title: '创业导师一对一辅导',
    summary: '按团队的具体问题预约创业导师，一对一面谈给出建议。',
    description:
      '团队提前提交需要解决的问题，由服务方匹配在相应领域有经验的创业导师。\n' +
      '每次面谈约两小时，围绕产品定位、市场开拓、团队管理或融资等具体问题展开。\n' +
      '面谈后形成书面建议，必要时可预约后续跟进。\n' +
      '按次收费，入驻团队可享受一定次数的优惠。',
    deliverables: ['导师匹配', '一对一面谈', '书面辅导建议'],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 600, max: null, unit: '元/次' },
    duration: '预约后5个工作日内安排',
    publishedAt: '2026-10-12',
  },

  // 郑州高新区金融科技服务协会
  {
    providerKey: 'gxjr-assoc',
    categoryCode: 'tech-finance',
    title: '银行贷款对接（科技贷）',
    summary: '根据企业经营情况推荐合适的科技贷产品，协助准备材料、跟进审批。',
    description:
      '针对轻资产、缺少抵押物的科技型企业，梳理企业的营收、纳税、知识产权和资质情况。\n' +
      '结合企业的融资额度和期限需求，推荐合作银行的科技贷等信贷产品。\n' +
      '协助企业准备贷款申请材料，组织银企对接，并跟进审批进度。\n' +
      '是否收费及收费方式在对接前与企业书面约定。',
    deliverables: [
      '融资需求诊断',
      '信贷产品推荐',
      '银企对接会谈',
      '审批进度跟踪',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '1–2个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'gxjr-assoc',
    categoryCode: 'tech-finance',
    title: '知识产权质押融资对接',
    summary: '以专利、商标等知识产权作为质押，对接银行和评估机构获得贷款。',
    description:
      '适合拥有有效专利或注册商标、希望盘活无形资产的科技型企业。\n' +
      '协会协助企业梳理可质押的知识产权，对接评估机构完成价值评估。\n' +
      '推荐开展知识产权质押贷款的银行，并协助办理质押登记手续。\n' +
      '同时提示可申请的贷款贴息和评估费补贴等政策。',
    deliverables: [
      '可质押知识产权清单',
      '评估机构对接',
      '银行对接',
      '质押登记办理指引',
    ],
    stages: ['growth'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '1–3个月',
    publishedAt: '2022-11-07',
  },

  // 郑州中汇投资管理有限公司
  {
    providerKey: 'zhonghui-inv',
    categoryCode: 'tech-finance',
    title: '股权融资对接',
    summary: '梳理商业计划和融资方案，对接天使、创投等投资机构。',
    description:
      '结合企业所处阶段和资金需求，协助确定融资额度、估值区间和出让比例。\n' +
      '指导企业完善商业计划书和财务预测，准备投资人常问的问题。\n' +
      '根据行业和阶段筛选匹配的投资机构，安排路演和一对一会谈。\n' +
      '在尽职调查和投资协议谈判阶段提供咨询，费用一般与融资结果挂钩。',
    deliverables: [
      '融资方案',
      '商业计划书修改',
      '投资机构匹配与路演',
      '交易条款咨询',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '3–6个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'zhonghui-inv',
    categoryCode: 'listing',
    title: '股份制改造咨询',
    summary: '为拟挂牌、拟上市企业设计股改方案，规范公司治理结构。',
    description:
      '对有限责任公司的股权结构、历史沿革和财务状况进行梳理，识别股改前需要解决的问题。\n' +
      '设计股份制改造方案和时间表，协调审计、评估和律师等中介机构。\n' +
      '协助建立股东大会、董事会、监事会等治理结构和配套制度。\n' +
      '可一并提供员工持股平台设计建议。',
    deliverables: [
      '股改前问题清单',
      '股份制改造方案',
      '中介机构协调',
      '公司治理制度文件',
    ],
    stages: ['mature', 'listing'],
    price: { model: 'range', min: 80000, max: 200000, unit: null },
    duration: '3–6个月',
    publishedAt: '2022-05-23',
  },
  {
    providerKey: 'zhonghui-inv',
    categoryCode: 'listing',
    title: '新三板挂牌辅导',
    summary: '从规范整改到申报挂牌全程辅导，协调券商、律所和会计师事务所。',
    description:
      '评估企业是否符合全国中小企业股份转让系统的挂牌条件，指出需要规范的事项。\n' +
      '协助企业完成财务、税务和法律方面的规范整改，选聘主办券商等中介机构。\n' +
      '在申报材料准备、反馈意见回复等环节提供咨询支持。\n' +
      '本服务为咨询辅导费用，不含券商、律所和会计师事务所的中介费用。',
    deliverables: [
      '挂牌可行性评估',
      '规范整改方案',
      '中介机构选聘建议',
      '申报与反馈阶段咨询',
    ],
    stages: ['listing'],
    price: { model: 'range', min: 200000, max: 500000, unit: null },
    duration: '6–12个月',
    publishedAt: '2021-03-29',
  },

  // 河南熙达科技有限公司
  {
    providerKey: 'xida-tech',
    categoryCode: 'computing',
    title: '算力服务（AI训练与推理）',
    summary: '按需租用GPU算力，用于AI模型训练和推理，按卡时计费。',
    description:
      '为开展人工智能研发的企业提供GPU算力资源，支持主流深度学习框架。\n' +
      '训练任务可按卡时租用，推理服务可按月包租，资源规格根据模型规模推荐。\n' +
      '提供开通、环境配置和数据上传方面的技术支持。\n' +
      '价格随显卡型号和租用时长不同而变化，长期使用可签订框架协议。',
    deliverables: [
      '算力资源开通',
      '训练环境配置',
      '用量与费用明细',
      '技术支持',
    ],
    stages: ['startup', 'growth', 'mature'],
    price: { model: 'range', min: 8, max: 30, unit: '元/卡·时' },
    duration: '开通1–2个工作日，按需使用',
    publishedAt: '2024-07-15',
  },
  {
    providerKey: 'xida-tech',
    categoryCode: 'computing',
    title: '云主机与云函数开通',
    summary: '开通云主机、云函数和对象存储等基础资源，免去自建机房。',
    description:
      '为初创和成长期企业开通云主机、云函数、对象存储和数据库等基础云资源。\n' +
      '根据业务访问量推荐配置，帮助企业在成本和性能之间取得平衡。\n' +
      '可协助完成网站和业务系统的部署与域名解析。\n' +
      '标价为入门配置的月费，资源升级按实际用量计费。',
    deliverables: ['云资源开通', '配置建议', '部署协助', '月度用量账单'],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 199, max: null, unit: '元/月' },
    duration: '1–3个工作日',
    publishedAt: '2024-08-05',
  },
  {
    providerKey: 'xida-tech',
    categoryCode: 'computing',
    title: '模型市场接入与私有化部署',
    summary: '从模型市场选取合适的大模型，完成私有化部署和业务接入。',
    description:
      '根据企业的业务场景和数据安全要求，从模型市场中推荐合适的开源或商用模型。\n' +
      '在企业指定的算力环境中完成模型部署、推理服务封装和接口联调。\n' +
      '可结合企业自有数据进行微调评估，并给出效果测试报告。\n' +
      '费用根据模型规模、部署方式和定制程度协商确定。',
    deliverables: ['模型选型建议', '私有化部署', '接口文档', '效果测试报告'],
    stages: ['growth', 'mature'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '2–6周',
    publishedAt: '2025-03-17',
  },
  {
    providerKey: 'xida-tech',
    categoryCode: 'tech-consulting',
    title: '企业数字化转型咨询',
    summary: '诊断企业信息化现状，分步骤规划业务系统和数据建设。',
    description:
      '通过调研了解企业的研发、生产、销售和管理流程，以及现有信息系统的使用情况。\n' +
      '对照行业数字化水平评估企业现状，找出投入产出较高的改进环节。\n' +
      '形成分阶段的数字化建设规划和系统选型建议，并估算投入。\n' +
      '可协助企业申报数字化转型相关的扶持政策。',
    deliverables: [
      '数字化现状诊断报告',
      '分阶段建设规划',
      '系统选型建议',
      '投入估算',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 20000, max: 80000, unit: null },
    duration: '1–2个月',
    publishedAt: '2021-07-19',
  },

  // 河南中规企业管理咨询有限公司
  {
    providerKey: 'zhonggui-mc',
    categoryCode: 'project-application',
    title: '科技项目申报（省市科技计划）',
    summary: '跟踪省市科技计划申报通知，协助企业选题、撰写材料和答辩。',
    description:
      '定期梳理国家、省、市各级科技计划和产业扶持项目的申报通知，向企业推送匹配的项目。\n' +
      '协助企业判断申报条件，提炼项目的技术创新点和预期成果。\n' +
      '指导撰写可行性研究报告和申报书，协助准备财务和证明材料，并辅导答辩。\n' +
      '费用根据项目类别和支持金额协商，部分项目可约定立项后收费。',
    deliverables: [
      '项目匹配清单',
      '申报书与可研报告',
      '附件材料整理',
      '答辩辅导',
    ],
    stages: ['startup', 'growth', 'mature'],
    price: { model: 'negotiable', min: null, max: null, unit: null },
    duration: '按申报批次，一般1–2个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'zhonggui-mc',
    categoryCode: 'project-application',
    title: '高新技术企业认定辅导',
    summary: '对照认定条件评估差距，辅导知识产权、研发管理和申报材料。',
    description:
      '对照高新技术企业认定管理办法，从知识产权、研发费用、高新收入、科技人员和创新能力等方面评估企业现状。\n' +
      '针对差距提出整改建议，指导完善研发项目资料和研发组织管理制度。\n' +
      '协助企业对接专项审计，撰写并在线提交申报材料。\n' +
      '建议提前半年启动，以便补齐知识产权和研发资料。',
    deliverables: [
      '认定条件评估报告',
      '整改建议',
      '研发项目资料辅导',
      '申报材料编制与提交',
    ],
    stages: ['growth'],
    price: { model: 'range', min: 20000, max: 50000, unit: null },
    duration: '2–3个月',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'zhonggui-mc',
    categoryCode: 'project-application',
    title: '专精特新中小企业认定辅导',
    summary: '对照省级专精特新中小企业评价指标，辅导企业整理材料并申报。',
    description:
      '依据省级专精特新中小企业认定标准，从专业化、精细化、特色化和创新能力等方面进行评分测算。\n' +
      '帮助企业提炼主导产品和细分市场优势，整理相关证明材料。\n' +
      '协助完成申报系统填报和材料上传，并跟进审核进度。\n' +
      '已认定的企业可继续咨询专精特新“小巨人”的培育路径。',
    deliverables: [
      '评价指标测算',
      '主导产品与优势分析',
      '申报材料编制',
      '审核进度跟进',
    ],
    stages: ['growth', 'mature'],
    price: { model: 'range', min: 10000, max: 30000, unit: null },
    duration: '1–2个月',
    publishedAt: '2022-04-25',
  },
  {
    providerKey: 'zhonggui-mc',
    categoryCode: 'strategic-planning',
    title: '企业中长期发展规划',
    summary: '结合产业政策和企业实际，编制三到五年的中长期发展规划。',
    description:
      '梳理企业的发展历程、业务结构和资源能力，研究所在产业链的发展趋势和政策导向。\n' +
      '明确企业未来三到五年的发展定位、业务布局和阶段目标。\n' +
      '提出研发、市场、人才和资本方面的支撑措施，并测算所需投入。\n' +
      '规划成果可用于内部决策，也可作为申报项目和对外融资的材料。',
    deliverables: [
      '产业与政策研究',
      '中长期发展规划文本',
      '重点项目清单',
      '管理层汇报',
    ],
    stages: ['mature'],
    price: { model: 'range', min: 60000, max: 200000, unit: null },
    duration: '2–4个月',
    publishedAt: '2026-03-09',
  },

  // 郑州高新科创知识产权服务有限公司
  {
    providerKey: 'gxkc-ip',
    categoryCode: 'intellectual-property',
    title: '发明专利申请代理',
    summary: '从技术交底到答复审查意见，全程代理发明专利申请。',
    description:
      '专利代理师与研发人员沟通技术方案，梳理创新点并进行查新检索。\n' +
      '撰写权利要求书和说明书，经企业确认后提交申请。\n' +
      '在实质审查阶段负责答复审查意见，直至授权或审结。\n' +
      '报价为代理费，按件收取，不含国家知识产权局收取的官费。',
    deliverables: [
      '技术交底沟通',
      '查新检索报告',
      '专利申请文件',
      '审查意见答复',
    ],
    stages: ['startup', 'growth', 'mature'],
    price: { model: 'range', min: 4500, max: 8000, unit: '元/件' },
    duration: '撰写提交约1个月，审查周期以官方为准',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'gxkc-ip',
    categoryCode: 'project-application',
    title: '科技型中小企业评价入库',
    summary: '辅导企业完成科技型中小企业评价信息填报，顺利入库。',
    description:
      '对照科技型中小企业评价办法，核实企业在职工人数、营业收入和研发投入等方面的条件。\n' +
      '协助整理知识产权、研发人员和研发费用等信息，完成评价系统填报。\n' +
      '跟进公示和入库进度，入库后提示研发费用加计扣除等相关政策。\n' +
      '评价工作每年开展，已入库企业可委托办理年度更新。',
    deliverables: [
      '评价条件核实',
      '系统信息填报',
      '入库进度跟进',
      '相关政策提示',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 1500, max: null, unit: null },
    duration: '5–10个工作日',
    publishedAt: '2021-02-01',
  },
  {
    providerKey: 'gxkc-ip',
    categoryCode: 'tech-consulting',
    title: '技术合同认定登记',
    summary: '协助企业规范技术开发、转让和服务合同，办理认定登记。',
    description:
      '对企业签订的技术开发、技术转让、技术许可、技术咨询和技术服务合同进行审核。\n' +
      '指出合同条款中影响认定的问题，协助修改完善。\n' +
      '代为在技术合同登记系统中填报并跟进登记结果。\n' +
      '登记后的技术合同可用于申请相关税收优惠和科技奖补。',
    deliverables: ['合同条款审核意见', '系统填报', '技术合同登记证明'],
    stages: ['growth', 'mature'],
    price: { model: 'fixed', min: 800, max: null, unit: '元/件' },
    duration: '5–10个工作日',
    publishedAt: '2023-06-12',
  },

  // 郑州慧之途知识产权代理有限公司
  {
    providerKey: 'hzt-ip',
    categoryCode: 'intellectual-property',
    title: '商标注册代理',
    summary: '商标查询、分类建议和注册申请代理，单类报价含官费。',
    description:
      '根据企业名称、产品名称和标识进行近似商标查询，评估注册风险。\n' +
      '结合企业的主营业务给出商品和服务类别的选择建议。\n' +
      '代为提交注册申请，跟进审查进度，并处理补正通知。\n' +
      '报价为单个类别十个商品或服务项目以内，含官费。',
    deliverables: [
      '近似商标查询报告',
      '类别选择建议',
      '注册申请提交',
      '受理通知书',
    ],
    stages: ['startup'],
    price: { model: 'fixed', min: 800, max: null, unit: '元/件' },
    duration: '提交1–3个工作日，审查周期以官方为准',
    publishedAt: '2021-01-29',
  },
  {
    providerKey: 'hzt-ip',
    categoryCode: 'intellectual-property',
    title: '实用新型专利申请代理',
    summary: '针对产品结构和构造类创新，代理撰写并提交实用新型专利申请。',
    description:
      '适合产品形状、构造或其结合方面的改进，审查周期相对较短。\n' +
      '代理师根据企业提供的技术资料和图纸撰写申请文件，经确认后提交。\n' +
      '负责处理补正通知等审查程序，直至授权。\n' +
      '报价为代理费，不含官费。',
    deliverables: ['技术资料梳理', '申请文件撰写', '申请提交', '补正通知处理'],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 2500, max: null, unit: '元/件' },
    duration: '撰写提交约2周，审查周期以官方为准',
    publishedAt: '2021-08-16',
  },
  {
    providerKey: 'hzt-ip',
    categoryCode: 'intellectual-property',
    title: '软件著作权登记代理',
    summary: '整理源程序和说明文档，代办计算机软件著作权登记。',
    description:
      '指导企业按要求整理源程序和软件说明书等鉴别材料。\n' +
      '审核申请表中的软件名称、版本号和开发完成日期等信息。\n' +
      '代为提交登记申请并跟进，取得登记证书后交付企业。\n' +
      '软件著作权可用于高企认定、双软评估和项目申报等场景。',
    deliverables: [
      '鉴别材料整理',
      '申请表填写',
      '登记申请提交',
      '登记证书交付',
    ],
    stages: ['startup', 'growth'],
    price: { model: 'fixed', min: 800, max: null, unit: '元/件' },
    duration: '约30个工作日',
    publishedAt: '2025-11-24',
  },
];
