/**
 * 中文版的数据用语：每个数字、来源、事件、术语、摘要和英文报道每句话的中文，按记录的 id 排列。
 * The Chinese edition's words for every record, keyed by its id (the shape is src/data/words/types.ts).
 *
 * Rules the data module checks when it loads (src/data/words/check.ts):
 * - no digit is typed: `{figureId}` renders a figure (约64万件), `{year:2024}`, `{month:12}`, `{day:10}` and
 *   `{date:2025-03-10}` a date, `{title:sourceId}` a source's headline;
 * - a quotation (“…”) is the context notes' Chinese word for word, or the English item's own words; a headline is
 *   the notes' word for word;
 * - full-width punctuation next to Chinese, no space between Chinese and Latin letters (CSS adds the gap);
 * - a note, a context text and a written date stand exactly where the English record has one: the same claims.
 * Publishers keep their English names unless the context notes name them in Chinese (《中国审判》, 最高人民法院).
 */
import type { EditionWords } from './types';
import { dateZh, figurePartsZh, formatNumberZh } from '../formatZh';

const list = new Intl.ListFormat('zh-CN', { type: 'conjunction' });

export const zh: EditionWords = {
  format: {
    figureParts: figurePartsZh,
    number: (value, significantDigits) => formatNumberZh(value, { significantDigits }),
    date: dateZh,
    month: (month) => `${month}月`,
    day: (day) => `${day}日`,
    list: (items) => list.format(items),
    withStop: (text) => (/[。？！][”’）]?$/.test(text) ? text : `${text}。`),
  },

  display: {
    approximation: { exact: '确数', about: '约数', over: '下限' },
    kind: { interview: '访谈', context: '背景', derived: '计算' },
    provenance: { interview: '出自访谈', context: '背景', derived: '本站计算', derivedWithContext: '本站计算，用到背景数字' },
    contextMark: '（背景）',
    sourceLabel: (name, date) => `${name}，${date}`,
    description: (title) => `［${title}］`,
    citation: {
      sentence: (n) => `第${n}句`,
      passage: '原文段落',
      summary: '摘要',
      date: (date) => `，${date}`,
      chinese: (name) => `；中文原文：${name}`,
    },
    interviewDateSource: '日期出自中文报道：背景',
    labelled: (text, label) => `${text}（${label}）`,
    omission: '……',
    formula: {
      counted: (count) => `按访谈所列的案件类型计数：${count}`,
      notRounded: '计数，未经舍入。',
      toPlace: (place) => `舍入到${place}的整数倍，与精度较低的输入一致。`,
      toDigits: (digits) => `保留${digits}位有效数字，与精度较低的输入一致。`,
    },
  },

  figures: {
    // --- 访谈（英文报道）---
    livelihoodCases: {
      label: '执结的涉民生案件',
      period: '{year:2024}',
      scope: '全国法院',
      note: '依中文报道的“执结”标注；英文报道作“will handle”，见术语表中的执结。',
    },
    livelihoodAmount: {
      label: '涉民生案件执行到位金额',
      period: '{year:2024}',
      scope: '全国法院',
      note: '执行到位金额：通过执行实际交付给债权人的金额。',
    },
    migrantWorkerCases: {
      label: '执行结案的涉农民工案件',
      period: '{year:2024}',
      scope: '全国法院；属于涉民生案件的一部分',
    },
    migrantWorkerAmount: {
      label: '涉农民工案件执行到位金额',
      period: '{year:2024}',
      scope: '全国法院；属于涉民生案件执行到位金额的一部分',
    },
    typicalWageCasesReleased: {
      label: '发布的农民工工资执行典型案例',
      period: '访谈之前的“近期”',
      scope: '农民工工资执行典型案例；英文报道未说明由谁发布',
      note: '所指是哪些案例不详。',
    },
    judicialAssistancePeople: {
      label: '执行部门给予司法救助的人数',
      period: '{year:2024}',
      scope: '各级法院执行部门',
      note: '中文报道对这句话的表述不详：此数字出自英文报道。',
    },
    judicialAssistanceAmount: {
      label: '执行部门发放的司法救助金额',
      period: '{year:2024}',
      scope: '各级法院执行部门',
      note: '中文报道对这句话的表述不详：此数字出自英文报道。',
    },

    // --- 背景：出自其他来源 ---
    nationalAmountChinaTrial: {
      label: '全部执行案件的执行到位金额（《中国审判》）',
      period: '{year:2024}',
      scope: '全国法院全部执行案件',
      note: '黄文俊在同一访谈中所说，据《中国审判》的报道。',
    },
    nationalAmountGrowth: {
      label: '执行到位金额的同比增幅（《中国审判》）',
      period: '{year:2024}较{year:2023}',
      scope: '全国法院全部执行案件',
    },
    nationalAmountShareOfGdp: {
      label: '执行到位金额相当于GDP的比例（《中国审判》）',
      period: '{year:2024}',
      scope: '全国法院全部执行案件',
    },
    casesPerEnforcementJudge: {
      label: '执行法官人均办理的案件',
      period: '{year:2024}',
      scope: '全国执行法官',
    },
    nationalCasesConcluded: {
      label: '执结的全部执行案件（China News）',
      period: '{year:2024}',
      scope: '全国法院全部执行案件',
    },
    nationalAmountChinaNews: {
      label: '全部执行案件的执行到位金额（China News）',
      period: '{year:2024}',
      scope: '全国法院全部执行案件',
      note: '与《中国审判》报道的{nationalAmountChinaTrial}不同；本站分别注明各自的来源。',
    },
    migrantWorkerCasesMidDecember: {
      label: '截至{month:12}中旬执结的涉农民工案件',
      period: '{year:2024}，截至{month:12}中旬',
      scope: '全国法院',
    },
    migrantWorkerAmountMidDecember: {
      label: '截至{month:12}中旬涉农民工案件执行到位金额',
      period: '{year:2024}，截至{month:12}中旬',
      scope: '全国法院',
    },
    totalToTotalNationalBanks: {
      label: '接入“总对总”系统的全国性银行',
      period: '截至{year:2021}',
      scope: '“总对总”网络查控系统',
    },
    totalToTotalBankingInstitutions: {
      label: '接入“总对总”系统的银行业金融机构',
      period: '截至{year:2021}',
      scope: '“总对总”网络查控系统',
    },
    networkAgencies: {
      label: '接入查控网络的单位',
      period: '约{year:2018}',
      scope: '查控网络',
    },
    networkPropertyCategories: {
      label: '查控网络覆盖的财产类别',
      period: '约{year:2018}',
      scope: '查控网络',
    },
    networkPropertyItems: {
      label: '查控网络覆盖的财产项目',
      period: '约{year:2018}',
      scope: '查控网络',
    },
    criminalWageCasesReleased: {
      label: '联合发布的恶意欠薪犯罪典型案例',
      period: '{date:2025-01-22}',
      scope: '最高人民法院与人力资源和社会保障部',
      note: '未必是访谈所指的那些案例。',
    },
    liveBroadcastOutlets: {
      label: '参与直播的媒体和平台',
      period: '{date:2025-03-10}',
      scope: '第三场访谈活动',
    },

    // --- 本站计算 ---
    averagePerLivelihoodCase: {
      label: '涉民生案件平均每件的执行到位金额',
      period: '{year:2024}',
      scope: '全国法院',
      note: '平均数不反映金额如何分布：少数大额案件就可能拉高平均数。',
    },
    averagePerMigrantWorkerCase: {
      label: '涉农民工案件平均每件的执行到位金额',
      period: '{year:2024}',
      scope: '全国法院',
    },
    averageAssistancePerPerson: {
      label: '人均司法救助金额',
      period: '{year:2024}',
      scope: '各级法院执行部门',
    },
    migrantWorkerShareOfLivelihoodCases: {
      label: '涉农民工案件占涉民生案件的比例',
      period: '{year:2024}',
      scope: '全国法院',
    },
    migrantWorkerShareOfLivelihoodAmount: {
      label: '涉农民工案件执行到位金额占涉民生案件执行到位金额的比例',
      period: '{year:2024}',
      scope: '全国法院',
    },
    livelihoodShareOfNationalCases: {
      label: '涉民生案件占执结的全部执行案件的比例',
      period: '{year:2024}',
      scope: '全国法院',
      note: '以访谈中的数字除以另一篇报道中的背景数字。',
    },
    livelihoodShareOfNationalAmount: {
      label: '涉民生案件执行到位金额占全部执行到位金额的比例（按《中国审判》的总数）',
      period: '{year:2024}',
      scope: '全国法院',
      note: '采用《中国审判》报道的总数{nationalAmountChinaTrial}，而非China News的{nationalAmountChinaNews}。',
    },
    assistanceShareOfLivelihoodAmount: {
      label: '司法救助金额相当于涉民生案件执行到位金额的百分比',
      period: '{year:2024}',
      scope: '执行部门发放的司法救助金额，与全国涉民生案件执行到位金额对照',
      note: '只比较规模：访谈并没有说这些救助是在涉民生案件中发放的。',
    },
    migrantWorkerCasesAfterMidDecember: {
      label: '{month:12}中旬至年底执结的涉农民工案件',
      period: '{year:2024}{month:12}中旬至年底',
      scope: '全国法院',
      note: '两篇报道之差：年底的总数减去{month:12}中旬的计数。',
    },
    migrantWorkerAmountAfterMidDecember: {
      label: '{month:12}中旬至年底涉农民工案件执行到位金额',
      period: '{year:2024}{month:12}中旬至年底',
      scope: '全国法院',
      note: '两篇报道之差：年底的总数减去{month:12}中旬的计数。',
    },
    caseTypeCount: {
      label: '访谈列举的案件类型',
      period: '以访谈所列为准',
      scope: '访谈的列举，以“等”结尾',
    },
  },

  sources: {
    interviewEn: {
      title: '报道黄文俊访谈的英文新闻（New Society）',
      publisher: 'China News Network，经outlook new era网站转载',
      shortName: 'China News Network',
      dateLabel: '未注明日期',
    },
    chinaNewsZh: {
      title: '最高法：2024年全国法院共执结涉民生案件约64万件',
      publisher: 'China News Service',
      shortName: 'China News Service',
      note: '同一访谈的中文报道，引文为简体字。其对司法救助这一措施及司法救助数字的表述不详。',
    },
    chinaTrial: {
      title: '第三场访谈活动的报道',
      publisher: '《中国审判》',
      shortName: '《中国审判》',
      dateLabel: '未注明日期；报道{date:2025-03-10}的活动',
    },
    chinaNews20250407: {
      title: '关于{year:2024}全国法院执行工作的报道',
      publisher: 'China News',
      shortName: 'China News',
    },
    guangming20241223: {
      title: '关于截至{year:2024}{month:12}中旬农民工工资执行工作的报道',
      publisher: 'Guangming Online',
      shortName: 'Guangming Online',
    },
    courtDaily20210526: {
      title: '关于“总对总”查控系统的介绍',
      publisher: "People's Court Daily (chinacourt.org)",
      shortName: "People's Court Daily",
    },
    spcAccount2018: {
      title: '最高人民法院关于查控网络的介绍',
      publisher: '最高人民法院',
      shortName: '最高人民法院',
      dateLabel: '约{year:2018}',
      note: '其日期只知道约为{year:2018}，因此其中的数字描述的是网络大约在那时的情况。',
    },
    wageCases20250122: {
      title: '恶意欠薪犯罪典型案例（联合发布）',
      publisher: '最高人民法院与Ministry of Human Resources and Social Security',
      shortName: '最高人民法院与Ministry of Human Resources and Social Security',
      note: '这批案例未必是访谈所指的那些案例；所指是哪些案例不详。',
    },
  },

  events: {
    pointToPointPilots: { label: '浙江、北京、上海、江苏开始试点省级“点对点”查控系统' },
    totalToTotalOpinion: { label: '最高人民法院与中国银行业监督管理委员会的联合意见提出“总对总”系统' },
    networkReach2018: { label: '最高人民法院的一份介绍说明查控网络覆盖的单位和财产种类', dateLabel: '约{year:2018}' },
    totalToTotalReach2021: { label: "People's Court Daily报道“总对总”系统接入的银行数量" },
    midDecemberCount: { label: 'Guangming Online报道截至{month:12}中旬执结的涉农民工案件' },
    criminalWageCasesReleased: { label: '最高人民法院与人力资源和社会保障部联合发布恶意欠薪犯罪典型案例' },
    interview: { label: '黄文俊在解读《最高人民法院工作报告》的系列全媒体访谈第三场活动中发言' },
    nationalTotalsReported: { label: 'China News报道{year:2024}全国法院执行工作的总数' },
  },

  caseTypeFamilies: {
    work: '劳动与工资',
    family: '家庭供养',
    injury: '伤亡与损害',
  },

  glossary: {
    enforcement: {
      explanation: '当事人不按判决（或法院予以执行的其他决定）付款或履行时，法院所做的工作：目的是让胜诉一方得到判给它的权益。',
      translationNote: '英文报道译作“execution”；英语法律用语应作enforcement。本站英文版只在引用英文报道时保留“execution”。',
    },
    enforcementBureau: {
      explanation: '法院负责执行工作的部门；这里指最高人民法院执行局，其局长黄文俊接受了这次访谈。',
      translationNote: '英文报道称之为“Executive Bureau”，而executive在英语中多指行政、管理，容易让人误以为是行政机构；准确的英文是Enforcement Bureau。',
    },
    livelihoodCases: {
      explanation: '涉及人们赖以生活的钱款的执行案件，例如拖欠的工资、家庭成员的供养费用和人身伤害赔偿。访谈列举了所指的案件类型，并以“等”结尾。',
      translationNote: "中文报道的说法是涉民生案件。英文报道译作“cases related to people's livelihood”；简洁的英文是livelihood cases。",
    },
    ruralMigrantWorkers: {
      explanation: '来自农村、在农业以外务工挣工资的劳动者。访谈单独统计了涉及他们的执行案件，并特别提到拖欠他们的工资。',
      translationNote: '英文报道作“rural migrant workers”，有时也只说“migrant workers”。',
    },
    totalToTotal: {
      explanation: '访谈提到的查控系统之一，法院通过它查找并控制被执行人的财产。',
      translationNote:
        '英文报道逐字译作“total to total”，本站英文版保留这一说法（加引号）作为系统的名称。这里的总指中心或总部，不是英语total（总数）的意思：该系统连接法院的中心与银行等机构的总部，有别于省级的点对点连接。',
      context: '即网络查控系统，由最高人民法院与中国银行业监督管理委员会的联合意见提出，后来接入了全国性银行和其他银行业金融机构。',
    },
    pointToPoint: {
      explanation: '访谈提到的另一类查控系统，法院通过它们查找并控制债务人的财产。',
      context: '省级系统，最初在浙江、北京、上海、江苏试点，早于“总对总”系统的提出。',
    },
    inspectionAndControl: {
      explanation:
        '查明被执行人拥有的财产，如银行存款、房产、车辆、股权，并加以控制（冻结或扣押）：通过“总对总”和点对点系统，以及线上线下的财产调查。',
      translationNote: '英文报道中，“inspect”财产指查找财产，“control”财产指冻结或扣押财产；更清楚的英文是property search and control。',
    },
    judicialAssistance: {
      explanation: '法院向生活困难且符合条件的申请人提供的救助款。对有困难但不符合条件的申请人，法院协调当地有关部门予以帮助。',
      translationNote: '不要与法律援助（legal aid，为当事人提供律师）混淆：司法救助发放的是钱款。',
    },
    typicalCases: {
      explanation: '法院选出并发布、供办理类似案件参考的案例。访谈提到近期发布的农民工工资执行典型案例。',
    },
    amountDelivered: {
      explanation: '通过执行，实际交到应得之人手中的钱款。',
      translationNote: '英文报道作“total execution amount”，这里指实际交付的钱款，而非欠款或请求的金额；准确的英文是amount delivered through enforcement。',
    },
    concluded: {
      explanation:
        '已经了结的执行案件，不论以何种方式结案：可能是判给的款项全部付清，也可能（还有其他方式）因债务人没有可供执行的财产而暂时终结，所以执结的案件不一定都已付款。中文报道统计{year:2024}的案件时用了执结，也用了较长的执行结案。',
      translationNote:
        '英文报道说{year:2024}的案件“will handle”（将办理）：对一个已经过去的年份，时态不对，动词也偏弱。对涉农民工案件，英文报道说的是“executed and settled”。准确的英文是concluded。',
    },

    // 案件类型
    labourRemuneration: {
      explanation: '劳动者追讨因付出劳动而应得报酬的请求。',
    },
    migrantWorkerWages: {
      explanation: '拖欠农民工的工资。恶意拖欠者将受到惩戒；访谈还单独统计了涉农民工的案件。',
    },
    elderSupport: {
      explanation: '为赡养年老父母而应付的钱款。',
      translationNote: '英文报道译作“alimony”，这个词在英语中通常指离婚后前配偶之间的给付，与赡养费不是一回事；准确的英文是support owed to elderly parents。',
    },
    spousalSupport: {
      explanation: '为扶养配偶或其他家庭成员而应付的钱款。',
      translationNote: '英文报道的“support fees”没有说明受扶养的是谁。',
    },
    childSupport: {
      explanation: '为抚育子女而应付的钱款。',
    },
    survivorsBenefits: {
      explanation: '应发给死者遗属的待遇；这个词也包括发给部分因公致残人员的待遇。',
      translationNote: '英文报道译作“pensions”，容易被理解为养老金；抚恤金是遗属（死亡）待遇，准确的英文是survivors’ (death) benefits。',
    },
    medicalDamage: {
      explanation: '对患者在医疗过程中所受损害的赔偿。',
    },
    trafficInjury: {
      explanation: '对交通事故造成的人身伤害、残疾或死亡的赔偿。',
    },
    workInjuryInsurance: {
      explanation: '依工伤保险应支付给因工受伤或患病的劳动者，或因工死亡者家属的待遇。',
    },
  },

  summaries: {
    'c-zh-report': 'China News Service对同一访谈的中文报道，{date:2025-03-10}发表，标题为《{title:chinaNewsZh}》。',
    'c-trial-event': '《中国审判》报道，这次活动是该系列的第三场活动，于{month:3}{day:10}下午举行，清华大学法学教授陈杭平也参加了活动。',
    'c-trial-broadcast': '活动由中央广播电视总台的一位主持人主持；{liveBroadcastOutlets}媒体和平台参与了直播。',
    'c-trial-national-detail':
      '黄文俊在同一活动中说，{year:2024}全部执行案件的执行到位金额同比增长{nationalAmountGrowth}，相当于GDP的{nationalAmountShareOfGdp}；执行法官人均办理案件{casesPerEnforcementJudge:bare}件。',
    'c-daily-total-to-total':
      "People's Court Daily报道，“总对总”网络查控系统由最高人民法院与中国银行业监督管理委员会在{year:2014}的联合意见中提出，截至{year:2021}已接入{totalToTotalNationalBanks}全国性银行和{totalToTotalBankingInstitutions}银行业金融机构。",
    'c-daily-point-to-point': "People's Court Daily报道，省级“点对点”查控系统于{year:2012}开始在浙江、北京、上海、江苏试点。",
    'c-spc-network':
      '最高人民法院约{year:2018}的一份介绍称，查控网络已扩展到{networkAgencies}单位（包括公安、交通运输、民政、银行业和保险业监管机构以及中央银行），覆盖{networkPropertyCategories}{networkPropertyItems}财产（包括存款、理财产品、船舶、车辆、证券和网络资金）。',
    'c-wage-cases':
      '{date:2025-01-22}，最高人民法院与人力资源和社会保障部联合发布{criminalWageCasesReleased}恶意欠薪犯罪典型案例：拒不支付劳动报酬的案件，以及一件拒不执行判决、裁定的案件。',
  },

  // 本站对英文报道各句的翻译（译文），显示时一律标明是译文。
  sentences: {
    s1: '{day:10}，最高人民法院执行局局长黄文俊介绍，{year:2024}，全国法院将办理{livelihoodCases}涉及民生的案件，执行总金额{livelihoodAmount}。',
    s2: '其中，涉及农民工的案件执行并结案{migrantWorkerCases}，执行总金额{migrantWorkerAmount}。',
    s3: '{day:10}，最高人民法院举办解读{year:2025}全国人民代表大会和中国人民政治协商会议《最高人民法院工作报告》的系列全媒体直播访谈第三场活动。',
    s4: '黄文俊表示，涉及民生的执行案件是难点，也是需要合力攻坚的方向。',
    s5: '这是因为追索劳动报酬、农民工工资、离婚赡养费、扶养费、子女抚养费、养老金、医疗损害赔偿、交通事故人身损害赔偿、工伤保险待遇等案件涉及千家万户，是维护群众利益的重点，也承载着千重责任。',
    s6: '一是开展专项行动。',
    s7: '在元旦、春节期间，我们将部署开展集中执行行动，推动集中执行与日常执行相结合，开辟绿色通道，对涉及民生的案件实行快速立案、优先执行和优先发放执行款。',
    s8: '{year:2024}，全国法院将办理{livelihoodCases}涉及民生的案件，执行总金额{livelihoodAmount}。',
    s9: '其中，涉及农民工的案件执行并结案{migrantWorkerCases}，执行总金额{migrantWorkerAmount}。',
    s10: '二是加大执行力度。',
    s11: '充分运用“总对总”和点对点查控系统，加强线上线下财产调查工作，全面查控被执行人的银行存款、房产、车辆、股权等财产信息。',
    s12: '对有能力履行义务却拒不履行或恶意拖欠农民工工资的，依法予以惩戒。',
    s13: '对涉嫌犯罪的，依法从严打击，督促被执行人履行义务。',
    s14: '三是加强案例引导。',
    s15: '积极发布典型案例，重点宣传涉农民工工资案件执行工作的最新进展和成效。',
    s16: '近期发布了{typicalWageCasesReleased}农民工工资执行典型案例，有效发挥了“办理一个案件、治理一个领域”的示范作用。',
    s17: '四是加强司法救助。',
    s18: '各级法院对经济困难且符合司法救助条件的申请人，积极启动司法救助程序。',
    s19: '对不符合司法救助条件但经济困难的申请人，积极协调当地有关部门予以帮扶。',
    s20: '{year:2024}，各级法院执行部门共对{judicialAssistancePeople}给予司法救助，救助总金额{judicialAssistanceAmount}。',
    s21: '（New Society）',
    s22: '编辑：Ou Xiaoling；责任编辑：Shu Hua',
    s23: '来源：China News Network',
    s24: '特别声明：本站转载或引用的图文如侵犯您的合法权益，请与本站联系，本站将及时更正、删除。',
    s25: '版权事宜及网站合作，请通过outlook new era邮箱联系：lwxsd@liaowanghn.com',
  },
  unusedSentences: {
    s24: '转载网站的版权声明：说的是该网站，与访谈无关。',
  },

  // 中文版把国家标准放在最前。
  citationStyles: {
    order: ['gbt', 'apa', 'chicago', 'bibtex'],
    labels: {
      gbt: { label: 'GB/T 7714—2025', name: 'GB/T 7714' },
      apa: { label: 'APA（第7版）', name: 'APA' },
      chicago: { label: 'Chicago（作者-日期制）', name: 'Chicago' },
      bibtex: { label: 'BibTeX', name: 'BibTeX' },
    },
  },

  exportColumns: {
    id: '编号',
    kind: '类别',
    label: '名称',
    value: '数值',
    unit: '单位',
    approximation: '精确程度',
    display: '显示',
    period: '时间',
    scope: '范围',
    source_id: '来源编号',
    source: '来源',
    source_date: '来源日期',
    sentence: '出处文字（英文）',
    sentence_is: '出处文字的性质',
    sentence_zh: '中文原文',
    source_anchor: '出处锚点',
    formula: '公式',
    formula_text: '算式',
    rounding: '舍入',
    note: '说明',
  },
};
