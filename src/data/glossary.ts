import { caseTypes } from './caseTypes';
import type { GlossaryEntryInput } from './schema';

/**
 * The Chinese report's terms, explained for English readers: the glossary section,
 * <Term id="…"> in the prose and the term panels all render from this list.
 * `zh` is checked verbatim against the context notes, `sourceEnglish` against the
 * English item. Explanations state only what those two files say.
 */
const terms: GlossaryEntryInput[] = [
  {
    id: 'enforcement',
    zh: '执行',
    pinyin: 'zhíxíng',
    sourceEnglish: 'execution',
    english: 'enforcement',
    explanation:
      'What happens after a court has decided a case: if the losing party does not pay or act as ordered, the court makes sure the winner actually receives what was awarded.',
    translationNote: 'In English legal usage the word is enforcement; this explainer keeps “execution” only where it quotes the item.',
  },
  {
    id: 'enforcementBureau',
    zh: '执行局',
    pinyin: 'zhíxíngjú',
    sourceEnglish: 'Executive Bureau',
    english: 'Enforcement Bureau',
    explanation: 'The Supreme People’s Court’s department for enforcement. Huang Wenjun, who gave the interview, is its Director.',
    translationNote: '“Executive” follows the item’s “execution” for 执行; the bureau’s work is enforcement.',
  },
  {
    id: 'livelihoodCases',
    zh: '民生案件',
    pinyin: 'mínshēng ànjiàn',
    sourceEnglish: "cases related to people's livelihood",
    english: 'livelihood cases',
    explanation:
      'Enforcement cases over the money people live on, such as unpaid wages, support for family members and compensation for injuries. The report lists the case types it means and ends the list with “etc.”.',
    translationNote: 'The report’s phrase is 涉民生案件, cases that involve people’s livelihood.',
  },
  {
    id: 'ruralMigrantWorkers',
    zh: '农民工',
    pinyin: 'nóngmíngōng',
    sourceEnglish: 'rural migrant workers',
    english: 'rural migrant workers',
    explanation:
      'Workers from the countryside working for wages. The interview counts the enforcement cases involving them separately, and singles out their unpaid wages.',
    translationNote: 'The item also says plain “migrant workers”.',
  },
  {
    id: 'totalToTotal',
    zh: '总对总',
    pinyin: 'zǒng duì zǒng',
    sourceEnglish: 'total to total',
    english: 'national inspection and control network',
    explanation:
      'The national system through which courts search online for, and take control of, the property of the person a judgment is enforced against. It was proposed in a joint opinion of the Supreme People’s Court and the China Banking Regulatory Commission, and links courts to banks and other agencies.',
    translationNote: '“Total to total” is the item’s literal rendering; this explainer keeps it, in quotation marks, as the system’s name.',
  },
  {
    id: 'pointToPoint',
    zh: '点对点',
    pinyin: 'diǎn duì diǎn',
    sourceEnglish: 'point-to-point',
    english: 'provincial inspection and control systems',
    explanation:
      'The provincial systems through which courts search for, and take control of, a debtor’s property. They began as pilots in Zhejiang, Beijing, Shanghai and Jiangsu, before the national “total to total” system was proposed.',
  },
  {
    id: 'inspectionAndControl',
    zh: '查控',
    pinyin: 'chákòng',
    sourceEnglish: 'inspection and control',
    english: 'property search and control',
    explanation:
      'Finding what the person a judgment is enforced against owns, such as bank deposits, real estate, vehicles and equity, and taking control of it. Courts do it online through the national and provincial systems, and offline by investigation.',
    translationNote: 'In the item, to “inspect” property means to search for it.',
  },
  {
    id: 'judicialAssistance',
    zh: '司法救助',
    pinyin: 'sīfǎ jiùzhù',
    sourceEnglish: 'judicial assistance',
    english: 'judicial assistance',
    explanation:
      'Help from the courts for applicants for enforcement who face financial difficulty and meet its conditions. For those in difficulty who do not meet the conditions, courts work with local departments to arrange help.',
  },
  {
    id: 'typicalCases',
    zh: '典型案例',
    pinyin: 'diǎnxíng ànlì',
    sourceEnglish: 'typical cases',
    english: 'typical cases',
    explanation:
      'Real cases that courts select and publish as examples for other courts and for the public. The interview mentions typical cases on enforcing rural migrant workers’ wages, released recently.',
  },
  {
    id: 'amountDelivered',
    zh: '执行到位金额',
    pinyin: 'zhíxíng dàowèi jīn’é',
    sourceEnglish: 'total execution amount',
    english: 'amount delivered through enforcement',
    explanation: 'The money actually delivered, through enforcement, to the people it was owed to.',
    translationNote: '“Execution amount” here means money paid over, not the amount owed or claimed.',
  },
  {
    id: 'concluded',
    zh: '执结',
    pinyin: 'zhíjié',
    sourceEnglish: 'will handle',
    english: 'concluded (of enforcement cases)',
    explanation: 'Short for 执行结案: enforcement cases brought to a close. The report’s counts for 2024 are of cases concluded in that year.',
    translationNote:
      '“Will handle”, said of the 2024 cases, is the wrong tense for a year already over, and a weaker verb. For the migrant-worker cases the item says “executed and settled”.',
  },
];

type CaseTypeDetails = Pick<GlossaryEntryInput, 'pinyin' | 'explanation' | 'translationNote'>;

/** What the glossary adds to each case type; the Chinese and both English wordings come from caseTypes.ts. */
const caseTypeDetails: Record<string, CaseTypeDetails> = {
  labourRemuneration: {
    pinyin: 'zhuīsuǒ láodòng bàochóu',
    explanation: 'Claims to recover the pay a worker is owed for work done.',
  },
  migrantWorkerWages: {
    pinyin: 'nóngmíngōng gōngzī',
    explanation:
      'Wages owed to rural migrant workers. Courts sanction those who could pay but maliciously withhold them, and the interview counts these workers’ cases separately.',
  },
  elderSupport: {
    pinyin: 'shànyǎngfèi',
    explanation: 'Money owed for the support of elderly parents.',
    translationNote: 'In English “alimony” usually means payments between former spouses, which this is not.',
  },
  spousalSupport: {
    pinyin: 'fúyǎngfèi',
    explanation: 'Money owed for the support of a spouse, or of another family member.',
    translationNote: 'The item’s “support fees” does not say who is supported.',
  },
  childSupport: {
    pinyin: 'fǔyùfèi',
    explanation: 'Money owed for raising a child.',
  },
  survivorsBenefits: {
    pinyin: 'fǔxùjīn',
    explanation: 'Benefits owed to the survivors of someone who died.',
    translationNote: 'Not retirement pensions: these are survivors’ (death) benefits.',
  },
  medicalDamage: {
    pinyin: 'yīliáo sǔnhài péicháng',
    explanation: 'Compensation for harm caused to a patient in medical treatment.',
  },
  trafficInjury: {
    pinyin: 'jiāotōng shìgù rénshēn sǔnhài péicháng',
    explanation: 'Compensation for personal injury suffered in a traffic accident.',
  },
  workInjuryInsurance: {
    pinyin: 'gōngshāng bǎoxiǎn dàiyù',
    explanation: 'Benefits owed under work-injury insurance to a worker hurt at work.',
  },
};

/** One entry per case type, derived so its words can never drift from the case-type list. */
const caseTypeTerms: GlossaryEntryInput[] = caseTypes.map(({ id, zh, sourceEnglish, english }) => ({
  id,
  zh,
  sourceEnglish,
  english,
  // A case type without details fails validation ("pinyin": Required), naming its id.
  ...(caseTypeDetails[id] as CaseTypeDetails),
}));

export const glossary: GlossaryEntryInput[] = [...terms, ...caseTypeTerms];
