import { caseTypes, type CaseTypeId } from './caseTypes';
import { records, type GlossaryEntryInput } from './schema';

/**
 * The Chinese report's terms, explained for English readers: the glossary section,
 * <Term id="…"> in the prose and the term panels all render from this list.
 * `zh` is checked verbatim against the context notes, `sourceEnglish` against the
 * English item. Explanations state only what those two files say.
 */
const terms = records<GlossaryEntryInput>()([
  {
    id: 'enforcement',
    zh: '执行',
    pinyin: 'zhíxíng',
    sourceEnglish: 'execution',
    english: 'enforcement',
    explanation:
      'What a court does when a party does not pay or act as a judgment, or another decision a court will enforce, orders: its aim is that the party in whose favour it was made receives what it was awarded.',
    translationNote: 'In English legal usage the word is enforcement; this explainer keeps “execution” only where it quotes the item.',
  },
  {
    id: 'enforcementBureau',
    zh: '执行局',
    pinyin: 'zhíxíngjú',
    sourceEnglish: 'Executive Bureau',
    english: 'Enforcement Bureau',
    explanation: 'A court’s department for enforcement; here, the Supreme People’s Court’s, whose Director, Huang Wenjun, gave the interview.',
    translationNote: '“Executive Bureau” is the item’s name for it; on its word “execution”, see enforcement.',
  },
  {
    id: 'livelihoodCases',
    zh: '民生案件',
    pinyin: 'mínshēng ànjiàn',
    sourceEnglish: "cases related to people's livelihood",
    english: 'livelihood cases',
    explanation:
      'Enforcement cases over the money people live on, such as unpaid wages, support for family members and compensation for injuries. The interview lists the case types it means and ends the list with “etc.”.',
    translationNote: 'The Chinese report’s phrase is 涉民生案件, cases that involve people’s livelihood.',
  },
  {
    id: 'ruralMigrantWorkers',
    zh: '农民工',
    pinyin: 'nóngmíngōng',
    sourceEnglish: 'rural migrant workers',
    english: 'rural migrant workers',
    explanation:
      'Workers from the countryside who work for wages outside farming. The interview counts the enforcement cases involving them separately, and singles out their unpaid wages.',
    translationNote: 'The item also says plain “migrant workers”.',
  },
  {
    id: 'totalToTotal',
    zh: '总对总',
    pinyin: 'zǒng duì zǒng',
    sourceEnglish: 'total to total',
    english: '“total to total” inspection and control system',
    explanation:
      'One of the two inspection and control systems the interview names, through which courts search for, and take control of, the property of the person a judgment is enforced against.',
    translationNote:
      '“Total to total” is the item’s literal rendering; this explainer keeps it, in quotation marks, as the system’s name. 总 here means the centre, or a head office, not “total”: a system linking the courts’ centre with the head offices of banks and other bodies, as against provincial point-to-point links.',
    context: {
      sources: ['courtDaily20210526'],
      text: 'The network inspection and control system, proposed in a joint opinion of the Supreme People’s Court and the China Banking Regulatory Commission, and later linked to national banks and other banking institutions.',
    },
  },
  {
    id: 'pointToPoint',
    zh: '点对点',
    pinyin: 'diǎn duì diǎn',
    sourceEnglish: 'point-to-point',
    english: 'point-to-point inspection and control systems',
    explanation:
      'The other inspection and control systems the interview names, through which courts search for, and take control of, a debtor’s property.',
    context: {
      sources: ['courtDaily20210526'],
      text: 'Provincial systems, which began as pilots in Zhejiang, Beijing, Shanghai and Jiangsu, before the “total to total” system was proposed.',
    },
  },
  {
    id: 'inspectionAndControl',
    zh: '查控',
    pinyin: 'chákòng',
    sourceEnglish: 'inspection and control',
    english: 'property search and control',
    explanation:
      'Finding what the person a judgment is enforced against owns, such as bank deposits, real estate, vehicles and equity, and taking control of it (freezing or seizing it): through the “total to total” and point-to-point systems, and by property investigation online and offline.',
    translationNote: 'In the item, to “inspect” property means to search for it, and to “control” it means to freeze or seize it.',
  },
  {
    id: 'judicialAssistance',
    zh: '司法救助',
    pinyin: 'sīfǎ jiùzhù',
    sourceEnglish: 'judicial assistance',
    english: 'judicial assistance',
    explanation:
      'Money the courts give as help to applicants who face financial difficulty and meet its conditions. For applicants in difficulty who do not meet the conditions, courts coordinate with local departments to provide assistance.',
    translationNote: 'Not legal aid, which provides a lawyer: judicial assistance is paid in money.',
  },
  {
    id: 'typicalCases',
    zh: '典型案例',
    pinyin: 'diǎnxíng ànlì',
    sourceEnglish: 'typical cases',
    english: 'typical cases',
    explanation:
      'Cases that courts select and release as examples for handling similar cases. The interview mentions typical cases on enforcing rural migrant workers’ wages, released recently.',
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
    explanation:
      'Enforcement cases brought to a close, however they closed: with the award paid in full or, among other ways, ended for now because the debtor had no property to take, so a concluded case is not always a paid one. The Chinese report counts the 2024 cases with 执结 and the longer 执行结案.',
    translationNote:
      '“Will handle”, said of the 2024 cases, is the wrong tense for a year already over, and a weaker verb. For the migrant-worker cases the item says “executed and settled”.',
  },
]);

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
      'Wages owed to rural migrant workers. Those who maliciously withhold them face sanctions, and the interview counts these workers’ cases separately.',
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
    explanation: 'Benefits owed to the survivors of someone who died; the word also covers benefits for some people disabled in service.',
    translationNote: 'Not retirement pensions: these are survivors’ (death) benefits.',
  },
  medicalDamage: {
    pinyin: 'yīliáo sǔnhài péicháng',
    explanation: 'Compensation for harm caused to a patient in medical treatment.',
  },
  trafficInjury: {
    pinyin: 'jiāotōng shìgù rénshēn sǔnhài péicháng',
    explanation: 'Compensation for personal injury, disability or death in a traffic accident.',
  },
  workInjuryInsurance: {
    pinyin: 'gōngshāng bǎoxiǎn dàiyù',
    explanation: 'Benefits owed under work-injury insurance to a worker injured at work or made ill by it, or to the family of one who died of it.',
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

/** A glossary entry's id: a term's, or a case type's (each case type is an entry). */
export type TermId = (typeof terms)[number]['id'] | CaseTypeId;
