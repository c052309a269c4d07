// The deployment files (deploy/): every Kubernetes manifest is valid against the Kubernetes
// schemas (kubernetes-models), and every environment variable a manifest or the compose file
// sets for a part is one that part's configuration schema reads — a misspelt or retired
// variable fails here, not silently in production.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, PersistentVolumeClaim, Secret, Service } from 'kubernetes-models/v1';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { logConfigShape, tracingConfigShape } from '#kit/log';
import { migrationConfigShape, subgraphConfigShape } from '#kit/server';
import { gatewayConfigSchema } from '../gateway/src/config.js';
import { subgraphs } from '../subgraphs/registry.js';

const root = path.resolve(import.meta.dirname, '..');
const kubernetesDir = path.join(root, 'deploy/kubernetes');
const shared = [...Object.keys(logConfigShape), ...Object.keys(tracingConfigShape)];

/** The variables each entry point reads, by the bundle a container runs. */
const known: Record<string, Set<string>> = {
  'dist/gateway/src/index.js': new Set([...Object.keys(gatewayConfigSchema.shape), ...shared]),
  'dist/subgraphs/region/src/index.js': new Set([...Object.keys(subgraphConfigShape(subgraphs.region.entry)), ...shared]),
  'dist/subgraphs/ministry/src/index.js': new Set([...Object.keys(subgraphConfigShape(subgraphs.ministry.entry)), ...shared]),
  'dist/scripts/migrate.js': new Set([...Object.keys(migrationConfigShape(subgraphs.region.entry)), ...Object.keys(migrationConfigShape(subgraphs.ministry.entry))]),
};

const models: Record<string, new (data: never) => { validate(): void }> = {
  Deployment, Service, HorizontalPodAutoscaler, Job, ConfigMap, Secret, PersistentVolumeClaim,
};

interface Container {
  name: string;
  command: string[];
  env?: { name: string; value?: string; valueFrom?: { configMapKeyRef?: { key: string }; secretKeyRef?: { key: string } } }[];
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: unknown;
  resources?: { limits?: { cpu?: string; memory?: string } };
}

const manifests = readdirSync(kubernetesDir)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) => parseAllDocuments(readFileSync(path.join(kubernetesDir, file), 'utf8')).map((document) => ({ file, object: document.toJS() as any })));
const ofKind = (kind: string) => manifests.filter(({ object }) => object.kind === kind).map(({ object }) => object);
const containersOf = (kind: string) => ofKind(kind).flatMap((object) => object.spec.template.spec.containers as Container[]);

/** The source file a bundle is built from: the command must name something `npm run build` makes. */
const sourceOf = (bundle: string) => path.join(root, bundle.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

describe('Kubernetes manifests', () => {
  it('are valid Kubernetes objects', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(10);
    for (const { file, object } of manifests) {
      const Model = models[object.kind];
      expect(Model, `${file}: ${object.kind}`).toBeDefined();
      expect(() => new Model!(object as never).validate(), `${file}: ${object.kind} ${object.metadata?.name}`).not.toThrow();
    }
  });

  it('run every part with replicas, probes, limits and no root; the gateway scales on CPU; migrations are Jobs', () => {
    const deployments = ofKind('Deployment');
    expect(deployments.map((deployment) => deployment.metadata.name).sort()).toEqual(['passerelle-gateway', 'passerelle-ministry', 'passerelle-region']);
    for (const deployment of deployments) {
      expect(deployment.spec.replicas, deployment.metadata.name).toBeGreaterThanOrEqual(2);
      expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      for (const container of deployment.spec.template.spec.containers as Container[]) {
        expect(container.readinessProbe?.httpGet?.path).toBe('/health');
        expect(container.livenessProbe).toBeDefined();
        expect(container.resources?.limits?.cpu && container.resources.limits.memory).toBeTruthy();
      }
    }
    const autoscaler = ofKind('HorizontalPodAutoscaler')[0];
    expect(autoscaler.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: 'passerelle-gateway' });
    expect(ofKind('Job').map((job) => job.spec.template.spec.containers[0].command.at(-1)).sort()).toEqual(['ministry', 'region']);
  });

  it('set only variables the part they run reads, from keys the ConfigMap and the Secret have', () => {
    const configKeys = new Set(Object.keys(ofKind('ConfigMap')[0].data));
    const secretKeys = new Set(Object.keys(ofKind('Secret')[0].stringData));
    for (const container of [...containersOf('Deployment'), ...containersOf('Job')]) {
      const bundle = container.command[1]!;
      expect(existsSync(sourceOf(bundle)), bundle).toBe(true);
      const reads = known[bundle]!;
      for (const variable of container.env ?? []) {
        expect(reads.has(variable.name), `${container.name} sets ${variable.name}, which ${bundle} does not read`).toBe(true);
        const configKey = variable.valueFrom?.configMapKeyRef?.key;
        const secretKey = variable.valueFrom?.secretKeyRef?.key;
        if (configKey) expect(configKeys.has(configKey), configKey).toBe(true);
        if (secretKey) expect(secretKeys.has(secretKey), secretKey).toBe(true);
      }
    }
  });
});

describe('compose file and image', () => {
  it('compose sets only variables each part reads', () => {
    const compose = parse(readFileSync(path.join(root, 'deploy/compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, { command?: string[]; environment?: Record<string, string> }> };
    const parts = Object.entries(compose.services).filter(([, service]) => service.command?.[0] === 'node');
    expect(parts.map(([name]) => name).sort()).toEqual(['gateway', 'migrate-ministry', 'migrate-region', 'ministry', 'region']);
    for (const [name, service] of parts) {
      const reads = known[service.command![1]!]!;
      expect(Object.keys(service.environment ?? {}).filter((variable) => !reads.has(variable)), name).toEqual([]);
    }
  });

  it('the image runs the build as an unprivileged user with production dependencies only', () => {
    const dockerfile = readFileSync(path.join(root, 'deploy/Dockerfile'), 'utf8');
    const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(final).toMatch(/npm ci --omit=dev/);
    expect(final).toMatch(/ENV NODE_ENV=production/);
    expect(final).toMatch(/COPY --from=build \/app\/dist/);
    expect(final).toMatch(/\nUSER (?!root)\w+/);
  });
});
