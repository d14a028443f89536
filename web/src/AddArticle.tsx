import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from './api.ts';
import { navigate } from './router.ts';

const TOKEN_KEY = 'kroniek.token';

/** A dialog that sends one article to the server, which analyses and stores it, then opens it. */
export function AddArticle({ needsToken, onClose, onAdded }: { needsToken: boolean; onClose: () => void; onAdded: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [fields, setFields] = useState({ title: '', published: '', language: 'auto', url: '', source: '', text: '' });
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => dialog.current?.showModal(), []);

  const field = (name: keyof typeof fields, label: string, placeholder = '') => (
    <label>
      {label}
      <input type="text" value={fields[name]} placeholder={placeholder} onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })} />
    </label>
  );
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const input = Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
    try {
      const result = await api.addArticle(input, token);
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      onAdded();
      onClose();
      navigate(`/articles/${result.key}`);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} onClose={onClose} aria-label="Add an article">
      <form class="form" onSubmit={submit}>
        <h2>Add an article</h2>
        <p class="small muted">Kroniek analyses it (language, sentences, entities, time expressions, events) and stores it.</p>
        {error && <div class="error">{error}</div>}
        <label>
          Text
          <textarea required value={fields.text} onInput={(e) => setFields({ ...fields, text: e.currentTarget.value })} placeholder="Paste the article text here" />
        </label>
        <div class="row">
          {field('title', 'Title')}
          {field('published', 'Published', 'YYYY-MM-DD')}
          <label>
            Language
            <select value={fields.language} onChange={(e) => setFields({ ...fields, language: e.currentTarget.value })}>
              <option value="auto">detect</option>
              <option value="nl">Dutch</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
        <div class="row">
          {field('source', 'Publication')}
          {field('url', 'URL', 'https://…')}
        </div>
        {needsToken && (
          <label>
            Write token (printed by kroniek serve)
            <input type="password" value={token} onInput={(e) => setToken(e.currentTarget.value)} autocomplete="off" />
          </label>
        )}
        <div class="row">
          <span class="spacer" />
          <button type="button" class="btn" onClick={onClose}>Cancel</button>
          <button type="submit" class="btn primary" disabled={busy || fields.text.trim() === ''}>{busy ? 'Analysing…' : 'Analyse and store'}</button>
        </div>
      </form>
    </dialog>
  );
}
