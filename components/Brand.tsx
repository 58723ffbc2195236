export function Brand({ structureName, t }: { structureName?: string; t: (key: string) => string }) {
  return (
    <header className="brand">
      <span className="brand-mark" aria-hidden="true">
        (&#8239;)
      </span>
      <div>
        <h1>{t('extName')}</h1>
        {structureName ? <p className="structure">{structureName}</p> : null}
      </div>
    </header>
  );
}
