import { afterAll, describe, expect, it } from 'vitest';
import { configurationScope, gradleBuild } from '../src/discover/extractors/gradle-build.js';
import { gradleVersionCatalog } from '../src/discover/extractors/gradle-version-catalog.js';
import { mavenPom } from '../src/discover/extractors/maven-pom.js';
import { prismaSchema } from '../src/discover/extractors/prisma-schema.js';
import type { Signal } from '../src/discover/types.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const POM = [
  '<?xml version="1.0" encoding="UTF-8"?>', // 1
  '<project xmlns="http://maven.apache.org/POM/4.0.0">', // 2
  '  <!-- <dependency><groupId>com.stripe</groupId><artifactId>stripe-java</artifactId></dependency> -->', // 3
  '  <dependencyManagement>', // 4
  '    <dependencies>', // 5
  '      <dependency>', // 6
  '        <groupId>redis.clients</groupId>', // 7
  '        <artifactId>jedis</artifactId>', // 8
  '        <version>5.1.0</version>', // 9
  '      </dependency>', // 10
  '    </dependencies>', // 11
  '  </dependencyManagement>', // 12
  '  <dependencies>', // 13
  '    <dependency>', // 14
  '      <groupId>org.postgresql</groupId>', // 15
  '      <artifactId>postgresql</artifactId>', // 16
  '      <version>${postgresql.version}</version>', // 17
  '    </dependency>', // 18
  '    <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><scope>test</scope></dependency>', // 19
  '    <dependency>', // 20
  '      <groupId>com.stripe</groupId>', // 21
  '      <artifactId>stripe-java</artifactId>', // 22
  '      <scope>provided</scope>', // 23
  '    </dependency>', // 24
  '    <dependency>', // 25
  '      <groupId>io.lettuce</groupId>', // 26
  '      <artifactId>lettuce-core</artifactId>', // 27
  '      <scope>test</scope>', // 28
  '    </dependency>', // 29
  '  </dependencies>', // 30
  '  <build><plugins><plugin>', // 31
  '    <groupId>org.flywaydb</groupId><artifactId>flyway-maven-plugin</artifactId>', // 32
  '    <dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency></dependencies>', // 33
  '  </plugin></plugins></build>', // 34
  '  <profiles>', // 35
  '    <profile><id>mysql</id><dependencies>', // 36
  '      <dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId></dependency>', // 37
  '    </dependencies></profile>', // 38
  '    <profile><id>dev</id><dependencies>', // 39
  '      <dependency><groupId>org.redisson</groupId><artifactId>redisson</artifactId></dependency>', // 40
  '    </dependencies></profile>', // 41
  '  </profiles>', // 42
  '</project>', // 43
].join('\n');

describe('maven pom.xml', () => {
  it('reads project and profile dependencies at the artifactId line, test scope as dev', async () => {
    const { signals, warnings } = await extractOne(mavenPom, 'pom.xml', POM);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:org.postgresql:postgresql@16',
      'package:com.h2database:h2@19/dev',
      'package:com.stripe:stripe-java@22',
      'package:io.lettuce:lettuce-core@27/dev',
      'package:com.mysql:mysql-connector-j@37',
      'package:org.redisson:redisson@40/dev',
    ]);
    expect(signals.every((s) => s.ecosystem === 'maven' && s.source === 'maven')).toBe(true);
    expect(signals[0]).toMatchObject({ version: '${postgresql.version}', detail: 'dependencies "org.postgresql:postgresql" ${postgresql.version}' });
    expect(signals[2]?.detail).toBe('dependencies "com.stripe:stripe-java" (provided)');
  });

  it('keeps lines right with a byte order mark and CRLF line ends', async () => {
    const text = '\ufeff<project>\r\n<dependencies>\r\n<dependency>\r\n<groupId>com.stripe</groupId>\r\n<artifactId>stripe-java</artifactId>\r\n</dependency>\r\n</dependencies>\r\n</project>\r\n';
    expect(brief((await extractOne(mavenPom, 'svc/pom.xml', text)).signals)).toEqual(['package:com.stripe:stripe-java@5']);
  });

  it('warns with the line of malformed XML and of an incomplete dependency, without throwing', async () => {
    const broken = await extractOne(mavenPom, 'pom.xml', '<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]).toMatchObject({ path: 'pom.xml', line: 4 });
    expect(broken.warnings[0]!.message).toBe("invalid XML: Expected closing tag 'dependency' (opened in line 3, col 5) instead of closing tag 'dependencies'.");

    const unclosed = await extractOne(mavenPom, 'pom.xml', '<project>\n  <dependencies>\n');
    expect(unclosed.warnings[0]!.message).toBe('invalid XML: unclosed elements <project>, <dependencies>');

    const partial = await extractOne(mavenPom, 'pom.xml', '<project><dependencies>\n<dependency><groupId>org.postgresql</groupId></dependency>\n</dependencies></project>');
    expect(partial.signals).toEqual([]);
    expect(partial.warnings).toEqual([{ path: 'pom.xml', line: 2, message: 'dependencies has a <dependency> without groupId or artifactId' }]);
  });

  it('only claims files named pom.xml', () => {
    expect(mavenPom.matches('services/api/pom.xml')).toBe(true);
    expect(mavenPom.matches('pom.xml.bak')).toBe(false);
    expect(mavenPom.matches('docs/pom.xml.md')).toBe(false);
  });
});

const GROOVY = [
  'buildscript {', // 1
  '  dependencies { classpath "org.postgresql:postgresql:42.7.1" }', // 2
  '}', // 3
  'plugins { id "org.springframework.boot" version "3.2.0" }', // 4
  'dependencies {', // 5
  "  implementation platform('org.springframework.boot:spring-boot-dependencies:3.2.0')", // 6
  "  implementation 'org.springframework.boot:spring-boot-starter-data-redis'", // 7
  '  runtimeOnly "org.postgresql:postgresql:$pgVersion"', // 8
  "  implementation group: 'com.stripe', name: 'stripe-java', version: '24.0.0'", // 9
  "  testImplementation 'org.testcontainers:postgresql:1.19.3'", // 10
  "  androidTestImplementation 'io.lettuce:lettuce-core:6.3.0'", // 11
  '  implementation libs.jedis', // 12
  "  implementation project(':core')", // 13
  "  // implementation 'com.mysql:mysql-connector-j'", // 14
  "  /* runtimeOnly 'org.mariadb.jdbc:mariadb-java-client'", // 15
  '  */', // 16
  "  compileOnly 'com.auth0:auth0:2.10.0', 'software.amazon.awssdk:s3:2.25.0'", // 17
  "  kapt 'com.google.dagger:dagger-compiler:2.50'", // 18
  "  implementation('com.twilio.sdk:twilio:10.0.0') { exclude group: 'x', module: 'y' }", // 19
  '  constraints {', // 20
  "    implementation 'org.redisson:redisson:3.27.0'", // 21
  '  }', // 22
  '}', // 23
  "task hello { doLast { println 'redis.clients:jedis:5.0.0' } }", // 24
].join('\n');

const KOTLIN = [
  'dependencies {', // 1
  '    implementation(platform("software.amazon.awssdk:bom:2.25.0"))', // 2
  '    implementation(enforcedPlatform("com.google.cloud:libraries-bom:26.0.0"))', // 3
  '    implementation("org.springframework.boot:spring-boot-starter-data-redis")', // 4
  '    runtimeOnly(group = "org.postgresql", name = "postgresql", version = "42.7.1")', // 5
  '    implementation(', // 6
  '        "com.stripe:stripe-java:24.0.0"', // 7
  '    )', // 8
  '    testRuntimeOnly("com.h2database:h2:2.2.224")', // 9
  '    implementation(libs.postgresql)', // 10
  '    implementation(kotlin("stdlib"))', // 11
  '    debugImplementation("com.squareup.leakcanary:leakcanary-android:2.13")', // 12
  '    val url = "https://example.com/a:b"', // 13
  '}', // 14
].join('\n');

describe('gradle build scripts', () => {
  // Each script is also a workspace package (its project(...) dependencies); the round-5 tests cover that.
  const packagesOf = (signals: Signal[]): string[] => brief(signals.filter((s) => s.kind !== 'workspace'));

  it('reads Groovy string and map notation with scopes, skipping BOMs, catalog refs, constraints and comments', async () => {
    const { signals, warnings } = await extractOne(gradleBuild, 'build.gradle', GROOVY);
    expect(warnings).toEqual([]);
    expect(packagesOf(signals)).toEqual([
      'package:org.springframework.boot:spring-boot-starter-data-redis@7',
      'package:org.postgresql:postgresql@8',
      'package:com.stripe:stripe-java@9',
      'package:org.testcontainers:postgresql@10/dev',
      'package:io.lettuce:lettuce-core@11/dev',
      'package:com.auth0:auth0@17',
      'package:software.amazon.awssdk:s3@17',
      'package:com.google.dagger:dagger-compiler@18/dev',
      'package:com.twilio.sdk:twilio@19',
    ]);
    expect(signals[1]).toMatchObject({ version: '$pgVersion', source: 'gradle', detail: 'runtimeOnly "org.postgresql:postgresql" $pgVersion' });
    expect(signals[2]).toMatchObject({ version: '24.0.0', detail: 'implementation "com.stripe:stripe-java" 24.0.0' });
  });

  it('reads Kotlin DSL calls, named arguments and calls spread over lines', async () => {
    const { signals, warnings } = await extractOne(gradleBuild, 'app/build.gradle.kts', KOTLIN);
    expect(warnings).toEqual([]);
    expect(packagesOf(signals)).toEqual([
      'package:org.springframework.boot:spring-boot-starter-data-redis@4',
      'package:org.postgresql:postgresql@5',
      'package:com.stripe:stripe-java@7',
      'package:com.h2database:h2@9/dev',
      'package:com.squareup.leakcanary:leakcanary-android@12/dev',
    ]);
  });

  it('reads dependencies blocks nested in source sets and test suites, test ones as dev', async () => {
    const text = [
      'kotlin {', // 1
      '  sourceSets {', // 2
      '    commonMain.dependencies {', // 3
      '      implementation("io.lettuce:lettuce-core:6.3.0")', // 4
      '    }', // 5
      '    val jvmTest by getting {', // 6
      '      dependencies { implementation("com.h2database:h2:2.2.224") }', // 7
      '    }', // 8
      '    commonTest.dependencies { implementation("org.postgresql:postgresql:42.7.1") }', // 9
      '  }', // 10
      '}', // 11
      'testing { suites { val integrationTest by registering(JvmTestSuite::class) {', // 12
      '  dependencies { implementation("com.mysql:mysql-connector-j:8.3.0") }', // 13
      '} } }', // 14
      'dependencies { implementation("com.stripe:stripe-java:24.0.0") }', // 15
    ].join('\n');
    expect(packagesOf((await extractOne(gradleBuild, 'build.gradle.kts', text)).signals)).toEqual([
      'package:io.lettuce:lettuce-core@4',
      'package:com.h2database:h2@7/dev',
      'package:org.postgresql:postgresql@9/dev',
      'package:com.mysql:mysql-connector-j@13/dev',
      'package:com.stripe:stripe-java@15',
    ]);
  });

  it('classifies configurations', () => {
    expect(configurationScope('implementation')).toBe('prod');
    expect(configurationScope('compileOnly')).toBe('prod');
    expect(configurationScope('releaseImplementation')).toBe('prod');
    expect(configurationScope('testImplementation')).toBe('dev');
    expect(configurationScope('debugImplementation')).toBe('dev');
    expect(configurationScope('latestImplementation')).toBe('prod');
    expect(configurationScope('integrationTestRuntimeOnly')).toBe('dev');
    expect(configurationScope('testFixturesApi')).toBe('dev');
    expect(configurationScope('annotationProcessor')).toBe('dev');
    expect(configurationScope('kaptTest')).toBe('dev');
    expect(configurationScope('developmentOnly')).toBe('dev');
    expect(configurationScope('classpath')).toBeUndefined();
    expect(configurationScope('detektPlugins')).toBeUndefined();
  });

  it('warns with the line of an unclosed string and still reads the rest', async () => {
    const text = "dependencies {\n  implementation 'org.postgresql:postgresql\n  implementation 'com.stripe:stripe-java:24.0.0'\n}\n";
    const { signals, warnings } = await extractOne(gradleBuild, 'build.gradle', text);
    expect(warnings).toEqual([{ path: 'build.gradle', line: 2, message: 'unclosed string' }]);
    expect(packagesOf(signals)).toEqual(['package:com.stripe:stripe-java@3']);
  });

  it('only claims build.gradle and build.gradle.kts', () => {
    expect(gradleBuild.matches('app/build.gradle')).toBe(true);
    expect(gradleBuild.matches('build.gradle.kts')).toBe(true);
    expect(gradleBuild.matches('settings.gradle')).toBe(false);
    expect(gradleBuild.matches('gradle/libs.versions.toml')).toBe(false);
  });
});

const CATALOG = [
  '[versions]', // 1
  'pg = "42.7.1"', // 2
  '', // 3
  '[libraries]', // 4
  'postgresql = { module = "org.postgresql:postgresql", version.ref = "pg" }', // 5
  'stripe = "com.stripe:stripe-java:24.0.0"', // 6
  '"lettuce-core" = { group = "io.lettuce", name = "lettuce-core", version = { strictly = "6.3.0" } }', // 7
  '', // 8
  '[plugins]', // 9
  'jedis = { id = "redis.clients:jedis", version = "1" }', // 10
  '', // 11
  '[libraries.auth0]', // 12
  'module = "com.auth0:auth0"', // 13
].join('\n');

describe('gradle version catalog', () => {
  it('reads [libraries] entries in all three notations with resolved versions, ignoring [plugins]', async () => {
    const { signals, warnings } = await extractOne(gradleVersionCatalog, 'gradle/libs.versions.toml', CATALOG);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'package:org.postgresql:postgresql@5',
      'package:com.stripe:stripe-java@6',
      'package:io.lettuce:lettuce-core@7',
      'package:com.auth0:auth0@12',
    ]);
    expect(signals.map((s) => s.version)).toEqual(['42.7.1', '24.0.0', '6.3.0', undefined]);
    expect(signals[0]?.detail).toBe('libraries postgresql "org.postgresql:postgresql" 42.7.1');
  });

  it('warns with the line of invalid TOML and of an entry without coordinates', async () => {
    const broken = await extractOne(gradleVersionCatalog, 'gradle/libs.versions.toml', '[libraries]\nok = "a:b:1"\nbad = { module = "g:a" \n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]).toMatchObject({ path: 'gradle/libs.versions.toml', line: 4 });
    expect(broken.warnings[0]!.message).toBe('invalid TOML: expected comma or end of structure');

    const partial = await extractOne(gradleVersionCatalog, 'gradle/libs.versions.toml', '[libraries]\nnothing = { version = "1" }\npg = "org.postgresql:postgresql:42"\n');
    expect(partial.warnings).toEqual([{ path: 'gradle/libs.versions.toml', line: 2, message: '[libraries] nothing has no module or group and name' }]);
    expect(brief(partial.signals)).toEqual(['package:org.postgresql:postgresql@3']);
  });

  it('claims *.versions.toml only inside a gradle folder', () => {
    expect(gradleVersionCatalog.matches('gradle/libs.versions.toml')).toBe(true);
    expect(gradleVersionCatalog.matches('tools/gradle/deps.versions.toml')).toBe(true);
    expect(gradleVersionCatalog.matches('libs.versions.toml')).toBe(false);
    expect(gradleVersionCatalog.matches('gradle/wrapper.properties')).toBe(false);
  });
});

const PRISMA = [
  'generator client {', // 1
  '  provider = "prisma-client-js"', // 2
  '}', // 3
  '', // 4
  'datasource db {', // 5
  '  // provider = "mysql"', // 6
  '  provider     = "postgresql"', // 7
  '  url          = env("DATABASE_URL")', // 8
  '}', // 9
  '', // 10
  'model User {', // 11
  '  id    Int    @id @default(autoincrement())', // 12
  '  provider String // a field named provider is not a datasource', // 13
  '}', // 14
].join('\n');

describe('prisma schema', () => {
  it('emits the datasource provider at its line, not generators, comments or fields', async () => {
    const { signals, warnings } = await extractOne(prismaSchema, 'prisma/schema.prisma', PRISMA);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['prisma:postgresql@7']);
    expect(signals[0]?.detail).toBe('datasource db provider "postgresql"');
  });

  it('gives no signal for a provider read from env() and reads sqlite and mongodb as written', async () => {
    const fromEnv = await extractOne(prismaSchema, 'schema.prisma', 'datasource db {\n  provider = env("DB_PROVIDER")\n  url = env("DATABASE_URL")\n}\n');
    expect(fromEnv).toEqual({ signals: [], warnings: [] });
    const sqlite = await extractOne(prismaSchema, 'prisma/schema/base.prisma', 'datasource db {\n  provider = "sqlite"\n  url = "file:./dev.db"\n}\n');
    expect(brief(sqlite.signals)).toEqual(['prisma:sqlite@2']);
    const mongo = await extractOne(prismaSchema, 'schema.prisma', 'datasource db {\n  url = env("DATABASE_URL")\n\n  provider = "mongodb"\n}\n');
    expect(brief(mongo.signals)).toEqual(['prisma:mongodb@4']);
  });

  it('warns with the line of a syntax error without throwing', async () => {
    const broken = await extractOne(prismaSchema, 'schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url =\n}\n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toEqual([{ path: 'schema.prisma', line: 3, message: 'invalid Prisma schema: unexpected name at column 3' }]);
    // The offending word is never echoed: it may be a pasted secret.
    const pasted = await extractOne(prismaSchema, 'schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url = "x" sk_live_51HqLyjWDarjtT1zdp7dcXAMPLEkey0099\n}\n');
    expect(pasted.warnings.map((w) => w.message).join(' ')).not.toContain('sk_live');
    expect(pasted.warnings).toEqual([{ path: 'schema.prisma', line: 3, message: expect.stringMatching(/^invalid Prisma schema: unexpected name at column \d+$/) }]);
    const unclosed = await extractOne(prismaSchema, 'schema.prisma', 'model A {\n  id Int @id\n');
    expect(unclosed.warnings).toEqual([{ path: 'schema.prisma', line: 2, message: 'invalid Prisma schema: unexpected end of file' }]);
  });
});

describe('JVM and Prisma files through the real scan', () => {
  it('turns pom, Gradle, catalog and Prisma signals into catalog dependencies, dev ones left out', async () => {
    const result = await scanFiles({
      'pom.xml': POM,
      'android/app/build.gradle': GROOVY,
      'gradle/libs.versions.toml': '[libraries]\nsendgrid = "com.sendgrid:sendgrid-java:4.10.0"\n',
      'prisma/schema.prisma': PRISMA,
      'tools/schema.prisma': 'datasource db {\n  provider = "mongodb"\n',
    });
    const evidence = evidenceById(result);
    expect(evidence.postgresql).toEqual(['android/app/build.gradle:8', 'pom.xml:16', 'prisma/schema.prisma:7']);
    expect(evidence.redis).toEqual(['android/app/build.gradle:7']);
    expect(evidence.stripe).toEqual(['android/app/build.gradle:9', 'pom.xml:22']);
    expect(evidence.mysql).toEqual(['pom.xml:37']);
    expect(evidence.sendgrid).toEqual(['gradle/libs.versions.toml:2']);
    // Dev-only and malformed inputs never become production dependencies.
    expect(evidence.mongodb).toBeUndefined();
    expect(result.warnings).toEqual([{ path: 'tools/schema.prisma', line: 2, message: 'invalid Prisma schema: unexpected end of file' }]);
  });
});
