import * as core from '@actions/core';

/** Runs the action. Filled in by the action issue; for now it reports the scan of the workspace. */
export async function run(): Promise<void> {
  try {
    const { loadCatalog } = await import('../catalog/load.js');
    const { scanRepository } = await import('../discover/scan.js');
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const catalog = await loadCatalog();
    const result = await scanRepository(root, catalog);
    core.setOutput('dependencies', JSON.stringify(result.dependencies.map((d) => d.id)));
    core.info(`Paramedic found ${result.dependencies.length} critical services.`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
