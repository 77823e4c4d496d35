import type { Extractor } from '../types.js';
import { npmPackageJson } from './npm-package-json.js';
import { envExample } from './env-example.js';
import { dockerCompose } from './docker-compose.js';
import { kubernetesManifest } from './kubernetes.js';
import { helmChart } from './helm-chart.js';
import { helmValues } from './helm-values.js';
import { mavenPom } from './maven-pom.js';
import { nugetProject } from './nuget-project.js';
import { mixExs } from './mix-exs.js';
import { gradleBuild } from './gradle-build.js';
import { gradleVersionCatalog } from './gradle-version-catalog.js';
import { prismaSchema } from './prisma-schema.js';
import { pythonRequirements } from './python-requirements.js';
import { pythonPyproject } from './python-pyproject.js';
import { pipfile } from './pipfile.js';
import { vercelJson } from './vercel-json.js';
import { netlifyToml } from './netlify-toml.js';
import { flyToml } from './fly-toml.js';
import { replitConfig } from './replit-config.js';
import { railwayConfig } from './railway-config.js';
import { renderYaml } from './render-yaml.js';
import { herokuAppJson } from './heroku-app-json.js';
import { procfile } from './procfile.js';
import { serverlessYml } from './serverless-yml.js';
import { cloudFormationTemplate } from './cloudformation-template.js';
import { firebaseJson } from './firebase-json.js';
import { supabaseConfig } from './supabase-config.js';
import { rubyGemfile } from './ruby-gemfile.js';
import { goMod } from './go-mod.js';
import { composerJson } from './composer-json.js';
import { cargoToml } from './cargo-toml.js';
import { terraform } from './terraform.js';
import { dockerfile } from './dockerfile.js';
import { herokuYml } from './heroku-yml.js';
import { springConfig } from './spring-config.js';
import { dotnetAppSettings } from './dotnet-appsettings.js';
import { appConfigYaml } from './app-config-yaml.js';
import { elixirConfig } from './elixir-config.js';
import { githubWorkflow } from './github-workflow.js';
import { nodeConfigEnv } from './node-config-env.js';
import { railsConfig } from './rails-config.js';
import { ecsTaskDefinition } from './ecs-task-definition.js';
import { wranglerConfig } from './wrangler-config.js';

/** Every manifest kind Paramedic reads, one module each. */
export const EXTRACTORS: readonly Extractor[] = [
  npmPackageJson,
  envExample,
  dockerCompose,
  kubernetesManifest,
  helmChart,
  helmValues,
  mavenPom,
  nugetProject,
  mixExs,
  gradleBuild,
  gradleVersionCatalog,
  prismaSchema,
  pythonRequirements,
  pythonPyproject,
  pipfile,
  vercelJson,
  wranglerConfig,
  netlifyToml,
  flyToml,
  replitConfig,
  railwayConfig,
  renderYaml,
  herokuAppJson,
  procfile,
  serverlessYml,
  cloudFormationTemplate,
  firebaseJson,
  supabaseConfig,
  rubyGemfile,
  goMod,
  composerJson,
  cargoToml,
  terraform,
  dockerfile,
  herokuYml,
  springConfig,
  dotnetAppSettings,
  appConfigYaml,
  elixirConfig,
  githubWorkflow,
  nodeConfigEnv,
  railsConfig,
  ecsTaskDefinition,
];
