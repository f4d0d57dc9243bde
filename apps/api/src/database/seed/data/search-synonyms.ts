// The search dictionary's opening set: for every category of the catalogue, the words park
// companies type for it (abbreviations, everyday names, English). One group is words that mean
// the same; operators grow it in the console from what users really search.
export const SEED_SYNONYMS: { terms: string[]; note: string }[] = [
  // 财务审计
  { terms: ['审计', '查帐', '年审'], note: '财务审计' },
  { terms: ['财务报表', '财报', '年报'], note: '财务审计' },
  // 社保代办
  { terms: ['社保', '社会保险', '五险一金'], note: '社保代办' },
  { terms: ['公积金', '住房公积金'], note: '社保代办' },
  // 人才猎聘
  { terms: ['猎头', '人才猎聘', '猎聘', 'headhunting'], note: '人才猎聘' },
  { terms: ['招聘', '招人', '招工'], note: '人才猎聘' },
  // 创业辅导
  { terms: ['创业辅导', '创业指导', '创业培训'], note: '创业辅导' },
  { terms: ['导师', '创业导师', 'mentor'], note: '创业辅导' },
  // 科技咨询
  { terms: ['数字化转型', '数字化', '数智化'], note: '科技咨询' },
  { terms: ['技术合同', '技术合同登记'], note: '科技咨询' },
  // 知识产权
  { terms: ['知识产权', '知产'], note: '知识产权' },
  { terms: ['专利', '专利权', 'patent'], note: '知识产权' },
  { terms: ['商标', '注册商标', 'trademark'], note: '知识产权' },
  { terms: ['软著', '软件著作权', '著作权', '版权'], note: '知识产权' },
  // 科技金融
  { terms: ['融资', '投融资', '找钱'], note: '科技金融' },
  { terms: ['贷款', '科技贷', '借款'], note: '科技金融' },
  { terms: ['股权融资', '风投', '天使投资'], note: '科技金融' },
  // 项目申报
  { terms: ['高企', '高新技术企业', '高新企业', '国高新'], note: '项目申报' },
  { terms: ['专精特新', '小巨人'], note: '项目申报' },
  { terms: ['科小', '科技型中小企业'], note: '项目申报' },
  { terms: ['项目申报', '政策申报', '补贴申请'], note: '项目申报' },
  // 战略规划
  { terms: ['战略规划', '发展规划', '战略咨询'], note: '战略规划' },
  // 上市挂牌
  { terms: ['上市', 'ipo', '挂牌'], note: '上市挂牌' },
  { terms: ['新三板', 'neeq'], note: '上市挂牌' },
  { terms: ['股改', '股份制改造'], note: '上市挂牌' },
  // 财税服务
  { terms: ['代账', '代理记账', '记账', '做账'], note: '财税服务' },
  { terms: ['汇算清缴', '汇算'], note: '财税服务' },
  { terms: ['加计扣除', '研发费用加计扣除'], note: '财税服务' },
  { terms: ['税务筹划', '税筹', '节税'], note: '财税服务' },
  // 人力外包
  { terms: ['人力外包', '人事外包'], note: '人力外包' },
  { terms: ['劳务派遣', '派遣'], note: '人力外包' },
  { terms: ['薪酬外包', '代发工资'], note: '人力外包' },
  // 工商注册
  { terms: ['工商注册', '公司注册', '注册公司', '开公司'], note: '工商注册' },
  { terms: ['注销', '公司注销'], note: '工商注册' },
  // 管理咨询
  { terms: ['绩效', '绩效考核', 'kpi'], note: '管理咨询' },
  { terms: ['管理咨询', '企业咨询'], note: '管理咨询' },
  // 孵化入驻
  { terms: ['孵化', '孵化器', '众创空间'], note: '孵化入驻' },
  { terms: ['入驻', '工位', '办公场地'], note: '孵化入驻' },
  // 算力服务
  { terms: ['算力', 'gpu', '智算'], note: '算力服务' },
  { terms: ['云主机', '云服务器'], note: '算力服务' },
  { terms: ['大模型', 'llm'], note: '算力服务' },
  { terms: ['私有化部署', '本地部署'], note: '算力服务' },
];
