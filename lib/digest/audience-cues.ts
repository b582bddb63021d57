// Which readers an article serves, as data: for each audience of DESIGN.md's vocabulary, the
// words that signal its concerns (English, with the German, French and Spanish words that
// differ). Matched against lowercased words of the title and body; a cue ending in "*" is a prefix.
import type { Audience } from './digest-schema';

export const AUDIENCE_CUES: Record<Exclude<Audience, 'General Reader'>, readonly string[]> = {
    // No "security", "platform" or "stack": news uses them for armies, oil rigs and pancakes.
  CTO: ['cloud', 'cloud computing', 'it infrastructure', 'infrastructure', 'software architecture', 'vendor*', 'silicon', 'chips', 'chipmaker*', 'data center*', 'datacenter*', 'latency', 'scalab*', 'cybersecurity', 'compute', 'servers', 'aws', 'azure', 'saas', 'infrastruktur', 'infraestructura'],
  // Only words that mean AI on their own: "models", "training" and "agents" are as often fashion, sport and estate agents.
  'AI Architect': ['ai', 'artificial intelligence', 'language model*', 'frontier model*', 'inference', 'llm*', 'gpu*', 'machine learning', 'neural', 'transformer*', 'embedding*', 'nvidia', 'trainium', 'genai', 'ki', 'ia', 'künstliche intelligenz', 'intelligence artificielle', 'inteligencia artificial'],
  'MLOps Engineer': ['deployment*', 'mlops', 'serving', 'monitoring', 'kubernetes', 'gpu*', 'inference', 'pipeline*', 'observability'],
  'Engineering Leader': ['engineering team*', 'engineers', 'developers', 'technical debt', 'productivity', 'code review*', 'roadmap*', 'hiring', 'reliability', 'incident*'],
  Developer: ['code', 'coding', 'api*', 'javascript', 'typescript', 'python', 'library', 'libraries', 'framework*', 'developer*', 'programming', 'open source', 'github', 'bug*', 'software', 'entwickler*', 'développeur*', 'desarrollador*'],
  'Data Scientist': ['data', 'dataset*', 'statistic*', 'analytics', 'regression', 'experiment*', 'visuali*', 'daten', 'données', 'datos'],
  'Product Manager': ['product', 'products', 'product manager*', 'users', 'feature', 'features', 'roadmap*', 'customer*', 'user experience', 'retention', 'onboarding', 'produkt', 'produkte', 'produit', 'produits', 'producto', 'productos', 'kunden', 'clients', 'clientes'],
  Designer: ['design', 'designer*', 'ux', 'ui', 'typography', 'interface*', 'visual design', 'prototyp*', 'accessibility', 'layout*'],
  Founder: ['startup*', 'start-up*', 'founder*', 'venture capital', 'fundraising', 'seed round', 'bootstrap*', 'entrepreneur*', 'gründer', 'gründerin', 'fondateur*', 'emprendedor*'],
  Executive: ['strategy', 'strategic', 'ceo', 'executive*', 'leadership', 'competitive', 'competitor*', 'enterprise*', 'margin*', 'board', 'capital', 'cost*', 'advantage*', 'management', 'strategie', 'stratégie', 'estrategia', 'unternehmen', 'entreprise*', 'empresa*'],
  Investor: ['investor*', 'shares', 'stock market', 'stocks', 'valuation*', 'market cap*', 'earnings', 'revenue*', 'profit*', 'dividend*', 'ipo', 'returns', 'invest', 'investing', 'investment*', 'capital', 'anleger', 'aktie', 'aktien', 'investisseur*', 'inversor*', 'acciones', 'bourse', 'börse'],
  'Strategy Lead': ['strategy', 'strategic', 'moat*', 'vertical integration', 'integration', 'value chain', 'business model*', 'ecosystem*', 'competitive advantage*', 'positioning', 'playbook', 'market position', 'neutrality', 'geschäftsmodell*', 'modèle économique', 'modelo de negocio*'],
  Marketer: ['marketing', 'brand*', 'campaign*', 'seo', 'advertis*', 'social media', 'conversion*', 'influencer*', 'audience*', 'werbung', 'publicité', 'publicidad'],
  'Sales Leader': ['sales', 'quota*', 'deal*', 'crm', 'prospect*', 'b2b', 'account executive*', 'pipeline*', 'vertrieb', 'ventes', 'ventas'],
  'Policy Maker': ['regulation*', 'regulator*', 'policy', 'policies', 'government*', 'legislation', 'lawmakers', 'law', 'laws', 'congress', 'parliament', 'antitrust', 'minister*', 'ministry', 'election*', 'senate', 'senator*', 'sanction*', 'diplomat*', 'treaty', 'impeachment', 'pentagon', 'refugee*', 'eu', 'regierung', 'gesetz', 'gesetze', 'gouvernement', 'loi', 'gobierno', 'ley'],
  Researcher: ['study', 'studies', 'research', 'researcher*', 'findings', 'university', 'universities', 'scientist*', 'evidence', 'journal', 'peer review*', 'studie', 'studien', 'forschung', 'étude', 'études', 'recherche', 'chercheur*', 'estudio', 'estudios', 'investigación', 'investigadores'],
  Student: ['students', 'course*', 'exam*', 'tutorial*', 'beginner*', 'school*', 'homework', 'studenten', 'étudiant*', 'estudiante*'],
};
