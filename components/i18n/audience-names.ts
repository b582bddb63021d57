// The audience vocabulary (lib/digest's AUDIENCES, stored and filtered as the English values) as
// the interface's language names each one.
import type { Audience } from '../../lib/digest/digest-schema';
import type { MessageKey, Translate } from './t';

const AUDIENCE_KEYS: Record<Audience, MessageKey> = {
  CTO: 'audienceCto',
  'AI Architect': 'audienceAiArchitect',
  'MLOps Engineer': 'audienceMlopsEngineer',
  'Engineering Leader': 'audienceEngineeringLeader',
  Developer: 'audienceDeveloper',
  'Data Scientist': 'audienceDataScientist',
  'Product Manager': 'audienceProductManager',
  Designer: 'audienceDesigner',
  Founder: 'audienceFounder',
  Executive: 'audienceExecutive',
  Investor: 'audienceInvestor',
  'Strategy Lead': 'audienceStrategyLead',
  Marketer: 'audienceMarketer',
  'Sales Leader': 'audienceSalesLeader',
  'Policy Maker': 'audiencePolicyMaker',
  Researcher: 'audienceResearcher',
  Student: 'audienceStudent',
  'General Reader': 'audienceGeneralReader',
};

/** Every audience's name, for the Markdown export. */
export function audienceNames(translate: Translate): Record<Audience, string> {
  return Object.fromEntries(Object.entries(AUDIENCE_KEYS).map(([audience, key]) => [audience, translate(key)])) as Record<Audience, string>;
}

/** One value's name; a value outside the vocabulary (a filter typed into the address) as it is. */
export function audienceName(translate: Translate, value: string): string {
  return Object.hasOwn(AUDIENCE_KEYS, value) ? translate(AUDIENCE_KEYS[value as Audience]) : value;
}
