/**
 * Identifiers in commands: a literal from the repository (`orders-db`) or a quoted placeholder
 * variable (`"$DB_INSTANCE_ID"`). Derived names keep the same form.
 */
export function withSuffix(id: string, suffix: string): string {
  const variable = /^"\$([A-Z][A-Z0-9_]*)"$/.exec(id)?.[1];
  return variable ? `"\${${variable}}${suffix}"` : `${id}${suffix}`;
}

/** For prose: a literal in backticks, a placeholder as its variable. */
export function shown(id: string): string {
  return `\`${id.replace(/^"|"$/g, '')}\``;
}
