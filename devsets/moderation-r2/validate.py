#!/usr/bin/env python3
"""Validate the blind moderation evaluation sets.

Checks: every line parses as a JSON object, required fields and types,
unique ids, id format, allowed enum values, per-class label consistency,
minimum counts required by the brief, and duplicate texts.
Prints counts per class / expected / ground and per functionality / hateful.
Exit code 0 = all checks passed, 1 = at least one error.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []

def err(msg):
    errors.append(msg)

def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f'{path.name}:{n}: blank line'); continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f'{path.name}:{n}: invalid JSON: {e}'); continue
            if not isinstance(obj, dict):
                err(f'{path.name}:{n}: not an object'); continue
            rows.append((n, obj))
    return rows

# ---------------------------------------------------------------- comments
CLASS_RULES = {  # class -> (allowed expected, allowed grounds, reportHate)
    'criticism':      ({'KEEP'}, {None}, False),
    'robust_elected': ({'REVIEW_OR_KEEP'}, {None}, False),
    'misinformation': ({'KEEP'}, {None}, False),
    'clean':          ({'KEEP'}, {None}, False),
    'profanity':      ({'DELETE'}, {'PROFANITY'}, False),
    'hate':           ({'DELETE'}, {'HATE'}, True),
    'threat':         ({'DELETE'}, {'THREAT'}, False),
    'harassment':     ({'DELETE'}, {'HARASSMENT'}, False),
    'naming_public':  ({'DELETE'}, {'NAMES_PUBLIC_IN_INCIDENT'}, False),
    'personal_data':  ({'DELETE'}, {'PERSONAL_DATA'}, False),
    'abuse':          ({'DELETE'}, {'ABUSE', 'OFFENSIVE'}, False),
    'counter_speech': ({'KEEP'}, {None}, False),
    'idiom':          ({'KEEP'}, {None}, False),
    'place_names':    ({'KEEP'}, {None}, False),
}
EXPECTED = {'KEEP', 'DELETE', 'REVIEW_OR_KEEP', 'DELETE_OR_REVIEW'}
GROUNDS = {'PROFANITY', 'ABUSE', 'HARASSMENT', 'THREAT', 'HATE', 'DEFAMATION',
           'NAMES_PUBLIC_IN_INCIDENT', 'PERSONAL_DATA', 'OFFENSIVE', None}
COMMENT_MIN = {'criticism': 110, 'hate': 15, 'threat': 15, 'harassment': 15,
               'naming_public': 15, 'profanity': 20}
COMMENT_TOTAL_MIN = 320

def check_comments(path):
    rows = load(path)
    ids, texts = Counter(), Counter()
    by_class, by_exp, by_ground, hate_flags = Counter(), Counter(), Counter(), Counter()
    fields = {'id': str, 'text': str, 'onPost': str, 'class': str,
              'expected': str, 'reportHate': bool}
    for n, o in rows:
        where = f'{path.name}:{n}'
        for k, t in fields.items():
            if not isinstance(o.get(k), t):
                err(f'{where}: field {k!r} missing or not {t.__name__}')
        if 'ground' not in o:
            err(f'{where}: field ground missing')
        extra = set(o) - set(fields) - {'ground'}
        if extra:
            err(f'{where}: unexpected fields {sorted(extra)}')
        i = o.get('id', '')
        if not re.fullmatch(r'mc-\d{4}', str(i)):
            err(f'{where}: bad id {i!r}')
        ids[i] += 1
        texts[(o.get('text') or '').strip().lower()] += 1
        if not (o.get('text') or '').strip():
            err(f'{where}: empty text')
        if not (o.get('onPost') or '').strip():
            err(f'{where}: empty onPost')
        c, e, g, rh = o.get('class'), o.get('expected'), o.get('ground'), o.get('reportHate')
        if e not in EXPECTED: err(f'{where}: bad expected {e!r}')
        if g not in GROUNDS: err(f'{where}: bad ground {g!r}')
        if e in ('KEEP', 'REVIEW_OR_KEEP') and g is not None:
            err(f'{where}: expected {e} but ground {g}')
        if e in ('DELETE', 'DELETE_OR_REVIEW') and g is None:
            err(f'{where}: expected {e} but no ground')
        if c not in CLASS_RULES:
            err(f'{where}: unknown class {c!r}')
        else:
            ae, ag, arh = CLASS_RULES[c]
            if e not in ae: err(f'{where}: class {c} expects {sorted(ae)}, got {e}')
            if g not in ag: err(f'{where}: class {c} expects ground in {sorted(map(str, ag))}, got {g}')
            if rh != arh: err(f'{where}: class {c} expects reportHate={arh}')
        by_class[c] += 1; by_exp[e] += 1; by_ground[str(g)] += 1; hate_flags[rh] += 1
    for i, k in ids.items():
        if k > 1: err(f'{path.name}: duplicate id {i} x{k}')
    for t, k in texts.items():
        if k > 1: err(f'{path.name}: duplicate text x{k}: {t[:40]!r}')
    total = len(rows)
    if total < COMMENT_TOTAL_MIN: err(f'{path.name}: {total} lines < {COMMENT_TOTAL_MIN}')
    for c, m in COMMENT_MIN.items():
        if by_class[c] < m: err(f'{path.name}: class {c} has {by_class[c]} < {m}')
    if by_class['criticism'] * 3 < total:
        err(f'{path.name}: criticism {by_class["criticism"]} is less than one third of {total}')
    print(f'== {path.name}: {total} lines, {len(ids)} unique ids')
    print('  per class:')
    for c in CLASS_RULES:
        print(f'    {c:16s} {by_class[c]:4d}')
    print('  per expected:', dict(sorted(by_exp.items())))
    print('  per ground:  ', dict(sorted(by_ground.items())))
    print('  reportHate:  ', {str(k): v for k, v in hate_flags.items()})

# ---------------------------------------------------------------- hatecheck
FUNCS = {  # functionality -> hateful flag
    'derog_neg_emote_h': True, 'derog_neg_attrib_h': True, 'derog_dehum_h': True,
    'derog_impl_h': True, 'threat_dir_h': True, 'threat_norm_h': True,
    'slur_h': True, 'slur_homonym_nh': False, 'slur_reclaimed_nh': False,
    'profanity_h': True, 'profanity_nh': False, 'ref_subs_clause_h': True,
    'ref_subs_sent_h': True, 'negate_pos_h': True, 'negate_neg_nh': False,
    'phrase_question_h': True, 'phrase_opinion_h': True,
    'ident_neutral_nh': False, 'ident_pos_nh': False,
    'counter_quote_nh': False, 'counter_ref_nh': False,
    'target_obj_nh': False, 'target_indiv_nh': False, 'target_group_nh': False,
    'spell_char_swap_h': True, 'spell_char_del_h': True, 'spell_space_del_h': True,
    'spell_space_add_h': True, 'spell_leet_h': True,
}
HC_MIN_PER_FUNC = 12

def check_hatecheck(path):
    rows = load(path)
    ids, texts = Counter(), Counter()
    by_func, by_hate, by_target = Counter(), Counter(), Counter()
    fields = {'id': str, 'text': str, 'functionality': str, 'hateful': bool, 'target': str}
    for n, o in rows:
        where = f'{path.name}:{n}'
        for k, t in fields.items():
            if not isinstance(o.get(k), t):
                err(f'{where}: field {k!r} missing or not {t.__name__}')
        extra = set(o) - set(fields)
        if extra: err(f'{where}: unexpected fields {sorted(extra)}')
        i = o.get('id', '')
        if not re.fullmatch(r'hc-\d{4}', str(i)): err(f'{where}: bad id {i!r}')
        ids[i] += 1
        texts[(o.get('text') or '').strip().lower()] += 1
        if not (o.get('text') or '').strip(): err(f'{where}: empty text')
        f_ = o.get('functionality')
        if f_ not in FUNCS:
            err(f'{where}: unknown functionality {f_!r}')
        elif o.get('hateful') is not FUNCS[f_]:
            err(f'{where}: {f_} must have hateful={FUNCS[f_]}')
        by_func[f_] += 1; by_hate[o.get('hateful')] += 1; by_target[o.get('target')] += 1
    for i, k in ids.items():
        if k > 1: err(f'{path.name}: duplicate id {i} x{k}')
    for t, k in texts.items():
        if k > 1: err(f'{path.name}: duplicate text x{k}: {t[:40]!r}')
    for f_ in FUNCS:
        if by_func[f_] < HC_MIN_PER_FUNC:
            err(f'{path.name}: functionality {f_} has {by_func[f_]} < {HC_MIN_PER_FUNC}')
    print(f'== {path.name}: {len(rows)} lines, {len(ids)} unique ids')
    print('  per functionality:')
    for f_ in FUNCS:
        print(f'    {f_:20s} {by_func[f_]:3d}  hateful={FUNCS[f_]}')
    print('  hateful:', {str(k): v for k, v in by_hate.items()})
    print('  per target:')
    for t, k in by_target.most_common():
        print(f'    {t:24s} {k:3d}')

if __name__ == '__main__':
    check_comments(HERE / 'blind-comments.jsonl')
    check_hatecheck(HERE / 'blind-hatecheck.jsonl')
    if errors:
        print(f'\n{len(errors)} ERROR(S):')
        for e in errors: print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')
