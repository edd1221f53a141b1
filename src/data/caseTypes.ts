import { records, type CaseType } from './schema';

/**
 * The livelihood case types, in the report's own order (the list ends "等", etc.).
 * `sourceEnglish` is the English item's word; `english` a precise rendering from
 * the context notes where the item's word is loose. `family` is this site's grouping.
 */
export const caseTypes = records<CaseType>()([
  { id: 'labourRemuneration', zh: '追索劳动报酬', sourceEnglish: 'recovery of labor remuneration', english: 'recovery of labour remuneration', family: 'work' },
  { id: 'migrantWorkerWages', zh: '农民工工资', sourceEnglish: 'migrant worker wages', english: 'rural migrant workers’ wages', family: 'work' },
  { id: 'elderSupport', zh: '赡养费', sourceEnglish: 'alimony', english: 'support owed to elderly parents', family: 'family' },
  { id: 'spousalSupport', zh: '扶养费', sourceEnglish: 'support fees', english: 'support between spouses (or other family members)', family: 'family' },
  { id: 'childSupport', zh: '抚育费', sourceEnglish: 'child rearing expenses', english: 'child-rearing support', family: 'family' },
  { id: 'survivorsBenefits', zh: '抚恤金', sourceEnglish: 'pensions', english: 'survivors’ (death) benefits', family: 'injury' },
  { id: 'medicalDamage', zh: '医疗损害赔偿', sourceEnglish: 'medical damage compensation', english: 'compensation for harm caused in medical treatment', family: 'injury' },
  { id: 'trafficInjury', zh: '交通事故人身损害赔偿', sourceEnglish: 'traffic accident personal injury compensation', english: 'compensation for personal injury in traffic accidents', family: 'injury' },
  { id: 'workInjuryInsurance', zh: '工伤保险待遇', sourceEnglish: 'work-related injury insurance benefits', english: 'work-related injury insurance benefits', family: 'injury' },
]);

export type CaseTypeId = (typeof caseTypes)[number]['id'];

/** Family names and order, for prose, tables and the chart. */
export const caseTypeFamilies = [
  { id: 'work', label: 'Work and wages' },
  { id: 'family', label: 'Family support' },
  { id: 'injury', label: 'Injury and loss' },
] as const;

export type CaseTypeFamilyId = (typeof caseTypeFamilies)[number]['id'];
