"""Generate ncr_export.csv: past non-conformance reports with the MRB-approved disposition."""
import csv, random, datetime

random.seed(19)
N = 3412
PARTS = ['BRK-1104', 'BRK-1107', 'PNL-2210', 'PNL-2214', 'RNF-3301', 'RNF-3305', 'HNG-4410', 'XMB-5502']
DEFECTS = {
    'use_as_is': ['cosmetic scratch on B-surface, non-visible zone', 'minor burr <0.1 on flange edge, within drawing note 4',
                  'witness mark from die pad, class C surface', 'slight oil stain, removed by wash'],
    'rework': ['burr 0.3 on flange R3, deburr possible', 'hole 2 off-position 0.4, re-pierce on station 6',
               'flatness 0.8 over 200, restrike', 'missing clinch nut at P7, install at rework cell'],
    'scrap': ['split at draw radius R5, through-crack', 'wrong coil gauge 1.2 vs 1.5 spec',
              'wrinkle in draw wall, depth >1.0', 'hole pattern mirrored, die set loaded wrong'],
    'return_to_supplier': ['coil surface rust on receipt, heat no. on tag', 'mill cert yield below spec min',
                           'lamination in sheet edge, supplier defect', 'coating weight below spec per lab'],
}
WEIGHTS = {'use_as_is': 0.31, 'rework': 0.38, 'scrap': 0.19, 'return_to_supplier': 0.12}
APPROVERS = ['J.Okafor', 'M.Lindqvist', 'R.Patel', 'S.Moreau', 'T.Nakamura']
start = datetime.date(2019, 3, 4)

with open('ncr_export.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['ncr_no', 'raised_on', 'part_no', 'press_line', 'defect_text', 'qty_affected',
                'engineer_initial_call', 'mrb_disposition', 'approved_by'])
    for i in range(N):
        disp = random.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        text = random.choice(DEFECTS[disp])
        if random.random() < 0.3:
            text += random.choice([', lot held', ', 2nd occurrence this week', ', customer not notified', ', sorted 100%'])
        initial = disp if random.random() < 0.72 else random.choice(list(WEIGHTS))
        d = start + datetime.timedelta(days=int(i * 2050 / N))
        w.writerow([f'NCR-{19000 + i}', d.isoformat(), random.choice(PARTS), f'L{random.randint(1, 4)}',
                    text, random.choice([1, 2, 5, 12, 40, 120, 480]), initial, disp, random.choice(APPROVERS)])
print(N, 'rows')
