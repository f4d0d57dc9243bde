import type { SeedProvider } from '../seed-data.types';

// The fourteen institutions that opened the supermarket on 29 Jan 2021
// (shared/seed-facts.md). Contact persons, phone numbers and e-mail addresses
// are made up; every provider is reachable at its window in the supermarket.
const WINDOW = '郑州高新区大学科技园（西区）研发5号楼2楼 企业服务超市';
const OPENING_DAY = '2021-01-29';

export const SEED_PROVIDERS: SeedProvider[] = [
  {
    key: 'bjwq-hr',
    name: '北京外企人力资源服务河南有限公司',
    shortName: '北京外企人力',
    kind: 'hr',
    summary: '为园区企业提供人才招聘、社保代办和薪酬外包等一站式人力资源服务。',
    description:
      '北京外企人力资源服务河南有限公司是一家综合性人力资源服务机构，入驻梧桐园区企业服务超市，面向园区企业提供人才招聘与猎聘、社保公积金代办、薪酬外包等服务。\n' +
      '针对科技型企业研发、技术和管理岗位招聘难的问题，可根据企业所处发展阶段提供岗位需求梳理、人才寻访和入职跟进；对人事团队尚不健全的初创企业，可承接社保、公积金和工资核算等日常事务，让企业把精力放在业务上。',
    contactName: '王经理',
    contactPhone: '0371-67891201',
    contactEmail: 'service@bjwq-hr.example.cn',
    address: `${WINDOW} 1号窗口`,
    website: null,
    categories: ['recruitment', 'social-security', 'hr-outsourcing'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'zzgx-hr',
    name: '郑州高新人力资源服务有限公司',
    shortName: '高新人力',
    kind: 'hr',
    summary: '立足高新区，提供招聘、劳务派遣和社保开户代办等人力资源服务。',
    description:
      '郑州高新人力资源服务有限公司立足郑州高新区，熟悉区内企业的用工特点，为园区企业提供招聘、劳务派遣和社保事务代办等服务。\n' +
      '可承接校园招聘、批量招聘等阶段性用工需求，也可为新设立企业办理单位社保、公积金开户及人员增减等手续，帮助企业合规、高效地完成用工管理。',
    contactName: '李经理',
    contactPhone: '0371-67892318',
    contactEmail: 'hr@zzgx-hr.example.cn',
    address: `${WINDOW} 2号窗口`,
    website: null,
    categories: ['recruitment', 'hr-outsourcing', 'social-security'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'hnhz-hr',
    name: '河南厚泽人力资源有限公司',
    shortName: '厚泽人力',
    kind: 'hr',
    summary:
      '提供人事代理、档案托管和技术岗位招聘服务，帮助中小企业减轻人事负担。',
    description:
      '河南厚泽人力资源有限公司为园区中小企业提供人事代理、员工档案托管和技术岗位招聘等服务。\n' +
      '对于人员规模不大、暂未设立专职人事岗位的企业，可代为办理入离职手续、劳动合同管理和档案托管；对于处在扩张期的企业，可按岗位提供研发、技术类人才的招聘支持。',
    contactName: '赵经理',
    contactPhone: '0371-67893526',
    contactEmail: null,
    address: `${WINDOW} 3号窗口`,
    website: null,
    categories: ['hr-outsourcing', 'recruitment'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'fuping-cpa',
    name: '河南富平联合会计师事务所（普通合伙）',
    shortName: '富平会计师事务所',
    kind: 'accounting',
    summary: '会计师事务所，提供年度财务报表审计、高企专项审计和汇算清缴鉴证。',
    description:
      '河南富平联合会计师事务所（普通合伙）是一家会计师事务所，入驻梧桐园区企业服务超市，为园区企业和科研机构提供财务审计和涉税鉴证服务。\n' +
      '主要服务包括年度财务报表审计、高新技术企业认定所需的研发费用和高新技术产品（服务）收入专项审计，以及企业所得税汇算清缴鉴证等，出具的报告可用于年报、项目申报、资质认定和融资等场景。',
    contactName: '陈老师',
    contactPhone: '0371-67894105',
    contactEmail: 'audit@fuping-cpa.example.cn',
    address: `${WINDOW} 4号窗口`,
    website: null,
    categories: ['financial-audit', 'bookkeeping-tax'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'xinyu-fc',
    name: '郑州鑫裕财务咨询有限公司',
    shortName: '鑫裕财务',
    kind: 'finance_consulting',
    summary: '为初创和小微企业提供代理记账、纳税申报和工商注册变更服务。',
    description:
      '郑州鑫裕财务咨询有限公司是一家财务咨询机构，主要为园区初创和小微企业提供代理记账、纳税申报和工商注册变更等基础财税服务。\n' +
      '企业从注册设立开始即可委托办理，后续按月记账报税，账务规范、申报及时，帮助企业在起步阶段就把财务基础打好。',
    contactName: '刘会计',
    contactPhone: '0371-67895632',
    contactEmail: 'service@xinyu-fc.example.cn',
    address: `${WINDOW} 5号窗口`,
    website: null,
    categories: ['bookkeeping-tax', 'business-registration'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'pinghe-fc',
    name: '郑州平和财务咨询有限公司',
    shortName: '平和财务',
    kind: 'finance_consulting',
    summary: '提供税务筹划、研发费用加计扣除辅导和公司注销等财税咨询服务。',
    description:
      '郑州平和财务咨询有限公司为园区企业提供税务筹划、研发费用加计扣除辅导、公司注销等财税咨询服务。\n' +
      '服务以合法合规为前提，结合企业的业务模式和适用的税收优惠政策，帮助企业梳理涉税风险、用好用足政策；对于需要退出的项目公司，可协助办理税务和工商注销手续。',
    contactName: '孙经理',
    contactPhone: '0371-67896027',
    contactEmail: null,
    address: `${WINDOW} 6号窗口`,
    website: null,
    categories: ['bookkeeping-tax', 'business-registration'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'lchs-mc',
    name: '郑州联创洪杉企业管理咨询有限公司',
    shortName: '联创洪杉',
    kind: 'management_consulting',
    summary: '企业管理咨询机构，提供战略规划和绩效薪酬体系设计服务。',
    description:
      '郑州联创洪杉企业管理咨询有限公司为园区企业提供企业战略规划、绩效与薪酬体系设计等管理咨询服务。\n' +
      '咨询团队通过访谈调研、数据分析和研讨会等方式，与企业管理层共同梳理发展方向和管理短板，形成可落地的方案，并在实施阶段提供跟踪辅导。',
    contactName: '周经理',
    contactPhone: '0371-67897143',
    contactEmail: 'consult@lchs.example.cn',
    address: `${WINDOW} 7号窗口`,
    website: null,
    categories: ['strategic-planning', 'management-consulting'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'zhuochuang-inc',
    name: '郑州卓创孵化科技服务有限公司',
    shortName: '卓创孵化',
    kind: 'incubator',
    summary: '提供孵化场地入驻、创业训练营和创业导师辅导，陪伴初创团队起步。',
    description:
      '郑州卓创孵化科技服务有限公司是一家孵化服务机构，为园区初创团队提供办公场地、创业辅导和配套服务。\n' +
      '入驻团队可使用独立办公室或共享工位，并参加创业训练营和导师一对一辅导，内容涵盖商业模式、团队搭建、产品验证和融资准备等，帮助团队少走弯路、尽快成长。',
    contactName: '吴老师',
    contactPhone: '0371-67898250',
    contactEmail: 'incubator@zhuochuang.example.cn',
    address: `${WINDOW} 8号窗口`,
    website: null,
    categories: ['incubation', 'startup-mentoring'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'gxjr-assoc',
    name: '郑州高新区金融科技服务协会',
    shortName: '高新区金融科技服务协会',
    kind: 'fintech_association',
    summary: '联系银行和金融机构，为园区科技企业对接科技贷、知识产权质押融资。',
    description:
      '郑州高新区金融科技服务协会是区内金融科技领域的行业组织，联系银行、担保、保险等金融机构，为园区科技型企业提供融资对接服务。\n' +
      '协会根据企业的经营情况和融资需求进行初步诊断，推荐合适的科技贷、知识产权质押融资等产品，并协助企业准备申请材料、跟进审批进度。',
    contactName: '郑秘书长',
    contactPhone: '0371-67899368',
    contactEmail: 'office@gx-fintech.example.cn',
    address: `${WINDOW} 9号窗口`,
    website: null,
    categories: ['tech-finance'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'zhonghui-inv',
    name: '郑州中汇投资管理有限公司',
    shortName: '中汇投资',
    kind: 'investment',
    summary: '提供股权融资对接、股份制改造和新三板挂牌辅导等资本市场服务。',
    description:
      '郑州中汇投资管理有限公司是一家投资管理机构，为园区成长期和成熟期企业提供股权融资对接、股份制改造咨询和新三板挂牌辅导等服务。\n' +
      '服务团队协助企业梳理商业计划和股权结构，对接合适的投资机构；对于有资本市场规划的企业，从股改、规范治理到挂牌申报各环节提供咨询，并协调券商、律师和会计师等中介机构。',
    contactName: '黄总',
    contactPhone: '0371-68890472',
    contactEmail: 'ir@zhonghui-inv.example.cn',
    address: `${WINDOW} 10号窗口`,
    website: null,
    categories: ['tech-finance', 'listing'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'xida-tech',
    name: '河南熙达科技有限公司',
    shortName: '熙达科技',
    kind: 'technology',
    summary: '提供算力资源、云服务开通和企业数字化转型咨询等技术服务。',
    description:
      '河南熙达科技有限公司是一家信息技术服务企业，为园区企业提供算力资源对接、云服务开通和数字化转型咨询等技术服务。\n' +
      '企业可按需申请GPU算力用于AI模型训练与推理，或开通云主机、云函数等基础资源，无需自建机房；对于希望推进数字化的企业，可先做现状诊断，再分步骤规划信息系统建设。',
    contactName: '马工',
    contactPhone: '0371-68891586',
    contactEmail: 'support@xida-tech.example.cn',
    address: `${WINDOW} 11号窗口`,
    website: null,
    categories: ['computing', 'tech-consulting'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'zhonggui-mc',
    name: '河南中规企业管理咨询有限公司',
    shortName: '中规咨询',
    kind: 'management_consulting',
    summary: '提供科技项目申报、高企认定和专精特新申报辅导及中长期发展规划。',
    description:
      '河南中规企业管理咨询有限公司为园区企业提供政府科技项目申报、资质认定辅导和中长期发展规划等咨询服务。\n' +
      '服务团队跟踪国家、省、市各级科技计划和企业培育政策，帮助企业判断申报条件、梳理研发项目和知识产权、撰写申报材料；对于谋划下一步发展的企业，可协助编制三到五年发展规划。',
    contactName: '杨经理',
    contactPhone: '0371-68892694',
    contactEmail: 'project@zhonggui.example.cn',
    address: `${WINDOW} 12号窗口`,
    website: null,
    categories: ['project-application', 'strategic-planning'],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'gxkc-ip',
    name: '郑州高新科创知识产权服务有限公司',
    shortName: '高新科创知识产权',
    kind: 'ip',
    summary: '提供发明专利申请、科技型中小企业评价入库和技术合同登记服务。',
    description:
      '郑州高新科创知识产权服务有限公司为园区科技型企业提供知识产权和科技服务，包括发明专利申请代理、科技型中小企业评价入库辅导和技术合同认定登记等。\n' +
      '服务从技术交底开始，帮助研发人员把技术成果转化为质量较高的专利申请；同时协助企业完成科技型中小企业评价、技术合同登记等事项，为后续享受研发费用加计扣除等政策做好准备。',
    contactName: '高经理',
    contactPhone: '0371-68893710',
    contactEmail: 'ip@gxkc-ip.example.cn',
    address: `${WINDOW} 13号窗口`,
    website: null,
    categories: [
      'intellectual-property',
      'project-application',
      'tech-consulting',
    ],
    joinedAt: OPENING_DAY,
  },
  {
    key: 'hzt-ip',
    name: '郑州慧之途知识产权代理有限公司',
    shortName: '慧之途知识产权',
    kind: 'ip',
    summary: '代理商标注册、实用新型专利申请和软件著作权登记，费用透明。',
    description:
      '郑州慧之途知识产权代理有限公司是一家知识产权代理机构，为园区企业提供商标注册、实用新型专利申请和软件著作权登记等代理服务。\n' +
      '初创企业在确定名称和产品之初即可委托进行商标查询和注册，软件企业可按版本办理软件著作权登记；代理费用事先列明，办理进度可随时查询。',
    contactName: '林经理',
    contactPhone: '0371-68894835',
    contactEmail: null,
    address: `${WINDOW} 14号窗口`,
    website: null,
    categories: ['intellectual-property'],
    joinedAt: OPENING_DAY,
  },
];
