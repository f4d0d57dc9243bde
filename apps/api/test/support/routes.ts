import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_RULE, type AccessRule } from '../../src/common/auth/access.decorator';

export interface DiscoveredRoute {
  /** `METHOD /api/path/:param`, as the route is registered. */
  key: string;
  method: string;
  path: string;
  controller: string;
  handler: string;
  /** Resolved exactly as the AccessGuard resolves it: the handler's rule, else the controller's. */
  rule: AccessRule | undefined;
}

const joinPath = (...parts: string[]) => '/' + parts.flatMap((p) => p.split('/')).filter(Boolean).join('/');
const asArray = (v: string | string[] | undefined): string[] => (v === undefined ? ['/'] : Array.isArray(v) ? v : [v]);

/**
 * Every route Nest registered, read from the running application's controllers and their
 * metadata (not from a hand-written list), with the access rule the guard will apply.
 */
export function discoverRoutes(app: NestFastifyApplication, globalPrefix = 'api'): DiscoveredRoute[] {
  const modules = app.get(ModulesContainer);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: DiscoveredRoute[] = [];
  const seen = new Set<unknown>();
  for (const mod of modules.values()) {
    for (const wrapper of mod.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const controllerPaths = asArray(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as (...args: unknown[]) => unknown;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodPaths === undefined || method === undefined) continue; // not a route handler
        const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, controller]);
        const verbs = method === RequestMethod.ALL ? ['ALL'] : [RequestMethod[method]];
        for (const cp of controllerPaths) {
          for (const mp of asArray(methodPaths)) {
            const path = joinPath(globalPrefix, cp, mp);
            for (const verb of verbs) {
              routes.push({ key: `${verb} ${path}`, method: verb, path, controller: controller.name, handler: name, rule });
            }
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Every route the Fastify server answers, parsed from `printRoutes({ commonPrefix: false })`:
 * catches a route added on the Fastify instance directly, which would bypass Nest's guard.
 * HEAD and OPTIONS are left out (Fastify adds HEAD for each GET; it runs the GET's handler).
 */
export function fastifyRoutes(app: NestFastifyApplication): string[] {
  const tree = app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const keys: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line.replace(/\s+$/, ''));
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const path = stack.join('');
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method !== 'HEAD' && method !== 'OPTIONS') keys.push(`${method} ${path}`);
    }
  }
  return [...new Set(keys)].sort();
}
