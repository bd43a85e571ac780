#!/usr/bin/env python3
"""Independent check of LAIT figures from DfE's raw EES files, for DfeRealFilesTest.

Uses only the csv module and numpy (numpy.percentile's default is R type 7); it shares no code with the Java.
Run from the project folder:  python3 src/test/resources/benchmarks/lait_expected.py [../shared/data/dfe]
"""
import csv, sys
from fractions import Fraction

import numpy as np

D = (sys.argv[1] if len(sys.argv) > 1 else '../shared/data/dfe') + '/'
SUPPRESSED = {'c', 'z', 'x', 'low', 'u', 'k', ':'}

sn = {r['old_la_code']: [r['SN_%d' % i] for i in range(1, 11)]
      for r in csv.DictReader(open(D + 'sn_model_2025_wide.csv', encoding='utf-8-sig'))}


def load(f, measure, filt, year):
    eng, la = None, {}
    for r in csv.DictReader(open(D + f, encoding='utf-8-sig')):
        if r['time_period'] != year or any(r[k] != v for k, v in filt.items()):
            continue
        v = r[measure].strip()
        v = None if v in SUPPRESSED or v == '' else Fraction(v)
        if r['geographic_level'] == 'National':
            eng = v
        elif r['geographic_level'] == 'Local authority':
            for code in r['old_la_code'].split('/'):        # joint rows such as "940 / 941"
                la[code.strip()] = v
    return eng, la


def show(name, f, measure, filt, year, polarity, la='822'):
    eng, las = load(f, measure, filt, year)
    own = las.get(la)
    nv = [las[c] for c in sn[la] if las.get(c) is not None]
    mean = sum(nv) / len(nv) if nv else None
    vals = [v for v in las.values() if v is not None]
    q1, med, q3 = np.percentile([float(v) for v in vals], [25, 50, 75])
    if polarity == 'lower':
        rank = 1 + sum(1 for v in vals if v < own)
        band = 'A' if own <= q1 else 'B' if own <= med else 'C' if own <= q3 else 'D'
    elif polarity == 'higher':
        rank = 1 + sum(1 for v in vals if v > own)
        band = 'A' if own >= q3 else 'B' if own >= med else 'C' if own >= q1 else 'D'
    else:
        rank = band = None
    print(f'{name} {year}: LA {la} = {own and float(own)}, England = {eng and float(eng)}, '
          f'SN mean = {float(mean)} (exact {mean}) from {len(nv)} of {len(sn[la])}, '
          f'rank {rank} of {len(vals)}, Q1 {q1!r} median {med!r} Q3 {q3!r}, band {band}')


show('rereferrals', 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', 'rereferral_percent', {}, '2025', 'lower')
show('sw_caseload', 'csww_indicators_2017_to_2025.csv', 'caseload_fte', {}, '2025', 'lower')
show('cpp_2years', 'd5_cpps_at31march_by_duration_2013_to_2025.csv', '2_years_or_more_percent', {}, '2025', 'lower')
show('cla_longterm_stability', 'la_cla_placement_stability.csv', 'children_percent',
     {'cla_group': 'Children looked after continuously for at least 2.5 years on 31 March aged under 16 years',
      'placement_stability': 'Living with the same carer for at least 2 years'}, '2025', 'higher')
show('care_leavers_eet', 'la_care_leavers_activity.csv', 'care_leaver_percent',
     {'care_leaver_age': '19 to 21 years', 'breakdown': 'Total in education, employment or training'}, '2024', 'higher')
show('cla_rate', 'cla_number_and_rate_per_10k_children.csv', 'rate_per_10000',
     {'population_type': 'Children looked after on 31 March each year'}, '2025', 'none')
