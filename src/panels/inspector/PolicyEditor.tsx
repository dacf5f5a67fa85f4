/**
 * The inspector's editor of a resource policy (docs/kinds.md "The `policy` prop"): a
 * text area for hand-written JSON, checked as typed, and the Policy Generator, whose
 * "Add statement" appends one statement. The text area keeps a draft: leaving it
 * commits a valid draft as ONE undo step; an invalid draft stays in the field with its
 * error and the document keeps its last valid policy. Escape reverts the draft.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DiagramNode } from '../../domain/document/types';
import { pick } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { useLang, useT } from '../useT';
import { editNodeProp } from './edits';
import { PolicyGenerator } from './PolicyGenerator';
import { policyTextError } from './policyForm';

export interface PolicyEditorProps {
  node: DiagramNode;
  name: string;
}

export function PolicyEditor({ node, name }: PolicyEditorProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const stored = typeof node.props[name] === 'string' ? (node.props[name] as string) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ key: MessageKey; count?: number } | null>(null);
  const text = draft ?? stored;
  const error = policyTextError(text);
  const testId = `inspector-prop-${name}`;

  const commit = (value: string) => {
    if (value !== stored) editNodeProp(node.id, name, value);
  };
  const finish = () => {
    if (draft === null || policyTextError(draft)) return;
    commit(draft);
    setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation();
      setDraft(null);
    }
  };

  return (
    <div className="asp-policy" data-testid={`${testId}-editor`}>
      <div className="asp-field">
        <label htmlFor={id} className="asp-field__label">
          {t('policy.label')}
        </label>
        <textarea
          id={id}
          className="asp-input asp-policy__text"
          data-testid={testId}
          rows={8}
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setDraft(e.target.value);
            setNotice(null);
          }}
          onBlur={finish}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-hint`} className="asp-field__hint">
          {t('policy.hint')}
        </p>
        {error && (
          <p id={`${id}-error`} className="asp-field__error" data-testid={`${testId}-error`}>
            {pick(lang, error)}
          </p>
        )}
        {error && draft !== null && draft !== stored && (
          <p className="asp-field__hint" data-testid={`${testId}-unsaved`}>
            {t('policy.unsaved')}
          </p>
        )}
      </div>
      <PolicyGenerator
        node={node}
        policy={text}
        onAdd={(next, count) => {
          commit(next);
          setDraft(null);
          setNotice({ key: 'policy.added', count });
        }}
        onError={(key) => setNotice({ key })}
      />
      {notice && (
        <p role="status" className="asp-field__hint" data-testid={`${testId}-notice`}>
          {t(notice.key, { count: String(notice.count ?? '') })}
        </p>
      )}
    </div>
  );
}
