/** The brief's PR title: `🏥 Paramedic: [Disaster Recovery Plan Updated: {Target}]`, Target shortened when many. */
export function draftPrTitle(serviceNames: string[], maxNamed = 3): string {
  const names = [...new Set(serviceNames)];
  const target = names.length <= maxNamed ? names.join(', ') : `${names.slice(0, maxNamed).join(', ')} +${names.length - maxNamed} more`;
  return `🏥 Paramedic: [Disaster Recovery Plan Updated: ${target}]`;
}
