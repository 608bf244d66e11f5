import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { TokenKind } from '@/lib/token-kinds';

/** One answer the chooser offers: an id the recommendation understands, and its text. */
export interface ChooserOption<Id extends string> {
  id: Id;
  label: string;
}

/** What the user answered: one purpose (or none yet) and the facts that apply. */
export interface KindAnswers<Purpose extends string = string, Fact extends string = string> {
  purpose: Purpose | null;
  facts: Fact[];
}

export interface KindRecommendation {
  kind: TokenKind;
  /** One line of why. */
  reason: string;
}

interface KindChooserProps<Purpose extends string, Fact extends string> {
  purposes: readonly ChooserOption<Purpose>[];
  facts: readonly ChooserOption<Fact>[];
  /** The last answers (from the settings), shown again when the panel opens. */
  initial: KindAnswers<Purpose, Fact>;
  /** The recommendation for the answers; undefined while they decide nothing yet. */
  recommend: (answers: KindAnswers<Purpose, Fact>) => KindRecommendation | undefined;
  onChoose: (kind: TokenKind, answers: KindAnswers<Purpose, Fact>) => void;
}

const PANEL_ID = 'kind-chooser';

/**
 * "Which kind?": a disclosure button and the short panel it opens, two questions and a recommendation
 * that follows the answers. The panel sits right after the button, so the tab order reads naturally;
 * Escape closes it and gives the focus back to the button.
 */
export function KindChooser<Purpose extends string, Fact extends string>({ purposes, facts, initial, recommend, onChoose }: KindChooserProps<Purpose, Fact>) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState(initial);
  const recommendation = recommend(answers);
  const close = () => {
    setOpen(false);
    document.getElementById(`${PANEL_ID}-toggle`)?.focus();
  };
  const choose = (kind: TokenKind) => {
    onChoose(kind, answers);
    close();
  };
  return (
    <>
      <button
        type="button"
        id={`${PANEL_ID}-toggle`}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={PANEL_ID}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {i18n.t('popup.kindToggle')}
      </button>
      <div
        id={PANEL_ID}
        class="kind-chooser"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault(); // the popup stays open; only the panel closes
          close();
        }}
      >
        <fieldset>
          <legend>{i18n.t('popup.kindPurposeLegend')}</legend>
          {purposes.map((purpose) => (
            <Choice
              key={purpose.id}
              type="radio"
              name="kind-purpose"
              option={purpose}
              checked={answers.purpose === purpose.id}
              onChange={() => setAnswers({ ...answers, purpose: purpose.id })}
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{i18n.t('popup.kindFactsLegend')}</legend>
          {facts.map((fact) => (
            <Choice
              key={fact.id}
              type="checkbox"
              name="kind-fact"
              option={fact}
              checked={answers.facts.includes(fact.id)}
              onChange={(checked) => setAnswers({ ...answers, facts: toggled(answers.facts, fact.id, checked) })}
            />
          ))}
        </fieldset>
        <Recommendation recommendation={recommendation} onChoose={choose} />
      </div>
    </>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name: string;
  option: ChooserOption<string>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Choice({ type, name, option, checked, onChange }: ChoiceProps) {
  const id = `${name}-${option.id}`;
  return (
    <div class="choice">
      <input type={type} name={name} id={id} value={option.id} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{option.label}</label>
    </div>
  );
}

/** Live: screen readers hear the new recommendation as the answers change it. */
function Recommendation({ recommendation, onChoose }: { recommendation: KindRecommendation | undefined; onChoose: (kind: TokenKind) => void }) {
  const other = recommendation && otherKind(recommendation.kind);
  return (
    <div class="kind-recommendation">
      <div role="status">
        {recommendation ? (
          <>
            <p class="recommended">{i18n.t(`popup.kindRecommended.${kindKey(recommendation.kind)}` as const)}</p>
            <p class="reason">{recommendation.reason}</p>
          </>
        ) : (
          <p>{i18n.t('popup.kindAskPurpose')}</p>
        )}
      </div>
      {recommendation && other && (
        <div class="kind-actions">
          <button type="button" class="primary" onClick={() => onChoose(recommendation.kind)}>
            {i18n.t(`popup.kindTake.${kindKey(recommendation.kind)}` as const)}
          </button>
          <button type="button" onClick={() => onChoose(other)}>
            {i18n.t(`popup.kindTakeOther.${kindKey(other)}` as const)}
          </button>
        </div>
      )}
    </div>
  );
}

/** The texts' spelling of a kind (YAML keys are camel case). */
export function kindKey(kind: TokenKind): 'classic' | 'fineGrained' {
  return kind === 'fine-grained' ? 'fineGrained' : 'classic';
}

function otherKind(kind: TokenKind): TokenKind {
  return kind === 'fine-grained' ? 'classic' : 'fine-grained';
}

function toggled<Id extends string>(list: readonly Id[], id: Id, on: boolean): Id[] {
  const rest = list.filter((item) => item !== id);
  return on ? [...rest, id] : rest;
}
