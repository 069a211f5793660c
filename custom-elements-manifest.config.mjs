/** Private reactive state (`static properties` with `state: true`) is no attribute of the public API. */
function dropPrivateAttributes() {
  return {
    name: 'drop-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

/**
 * The manifest names the files a package user imports (dist/lib/elements/*.js, written by tsc from
 * src/), not the TypeScript sources, so tools that generate imports from it get working ones.
 */
function publishedPaths() {
  const publish = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = publish(value);
        else visit(value);
      }
    }
  };
  return { name: 'published-paths', packageLinkPhase: ({ customElementsManifest }) => visit(customElementsManifest) };
}

export default {
  globs: ['src/elements/plan-*.ts', 'src/elements/localized-element.ts'],
  exclude: ['src/elements/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropPrivateAttributes(), publishedPaths()],
};
