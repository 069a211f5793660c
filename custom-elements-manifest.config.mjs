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

export default {
  globs: ['src/elements/plan-*.ts', 'src/elements/localized-element.ts'],
  exclude: ['src/elements/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [dropPrivateAttributes()],
};
