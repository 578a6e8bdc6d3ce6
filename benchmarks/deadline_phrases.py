#!/usr/bin/env python3
"""Deadlines and recurrence on many real sentences: the temporal normaliser and the pipeline.

    PYTHONPATH=. .venv/bin/python benchmarks/deadline_phrases.py [--show] [--family F] [--data FILE]

Why: unseen deadlines are chidao's weakest output (held-out deadline F1 0.85 for three
sessions; blind first passes of new documents 0-1.0 per batch), and a few documents a batch
measure few phrasings.  ``benchmarks/data/deadline_phrases.tsv`` holds 323 real items from
text chidao was never tuned on: sentences of the gazette corpus (Government resolutions,
Prime Minister's decisions, laws and circulars, leaving out the held-out documents and those
already in samples/gold), time cells of plan tables and rows of a ministry's plan
(``scripts/mine_deadline_phrases.py`` proposes them; sources in the ``source`` column).
Each carries, or looks as if it carries, a deadline or a recurrence: 'trước ngày', 'chậm
nhất', 'hoàn thành trong quý', 'Thời gian hoàn thành: Quý IV/2026', 'định kỳ 06 tháng',
'Trước ngày 15 tháng 01 hàng năm', cells 'Quý II/2026 và triển khai thường xuyên', '2026 -
2030', and the negatives: dates of cited documents, plan horizons ('đến năm 2030'),
programme periods, entry into force, relative terms ('trong thời hạn 05 ngày làm việc kể từ
...'), benefits paid 'hằng tháng'.  The expected deadline (ISO), its phrase and the recurrence
were written by reading each item against ANNOTATION.md BEFORE chidao ran on them.

Each item is scored twice:

- ``norm``: the temporal normaliser alone (``find_deadline`` with the cited documents masked,
  then ``roll_forward``; a time cell through the table path ``_latest_period``);
- ``pipe``: the whole structure + extract stages on a small document made of the item (a
  sentence under a section heading; an attribute line '- Thời gian hoàn thành: ...' under a
  task line, or a time sentence after it in the same item ('next'); a time
  cell or a plan row in a '|' table under its header row; kind 'table': a whole table as the
  document printed it, its own header row and column order, lines joined by a literal '\\n'), the
  document's date set from the
  ``doc_date`` column; the deadline and recurrence of the task that holds the item.  An item
  the pipeline finds no task in predicts no deadline (most such items are negatives).

Columns: n, dated (items with an expected deadline), deadline accuracy (the ISO date or its
absence right), deadline F1 over dated predictions, recurrence accuracy, and for the
pipeline the items with no task.

First numbers (blind: annotated before chidao ran on them; main @ b8aa622, 206 items, 53
dated): normaliser deadline accuracy 0.90, F1 0.83, recurrence 0.95; pipeline 0.97 / 0.92 /
0.96.  Cells (30) and plan rows (7) 1.00; the misses: two dates a year under 'hằng năm' read
as yearly and the wrong one first due, 'Quý IV năm 2020, tổng kết ...' (a bare period opening
a directive), 'Định kỳ cuối tháng 12 hàng năm', 'phát sinh trong tháng 01 năm 2016' and
'nguồn ... đến hết năm 2025 còn dư' read as deadlines, 'từ ngày 01 tháng 01 đến hết ngày 30
tháng 6 năm báo cáo' (a report's data period), '03 tháng, 06 tháng, 12 tháng một lần' read
as monthly, 'kinh phí ... hàng năm từ ngân sách' and 'báo cáo hàng năm của quỹ' as yearly
duties.  (The harness then put body sentences under a section heading, as in their documents:
an unlabelled sentence alone was read as the preamble, no task; with it, the same code scores
0.93 / 0.86 / 0.95, the number the fixes below start from.)

After the first fixes (general rules in extract/temporal.py, each tested in
tests/test_temporal_phrases.py on sentences written there): 0.97 / 0.94 / 1.00 normaliser,
0.99 / 0.97 / 1.00 pipeline.

Batch 2 (95 items, rows whose note starts 'batch 2'), annotated blind after those fixes:
directive sentences of the gazette's resolutions and decisions, the plan rows of QĐ
232/QĐ-TTg (time cells 'Thực hiện đến năm 2030 ...', 'Định kỳ 2 năm/lần, bắt đầu từ năm
2024', 'Trong 06 tháng kể từ khi ...', 'Đã hoàn thành') and two ministry letters.  Its first
pass: pipeline 0.92 / 0.85 / 0.96 (main's code 0.91 / 0.83 / 0.93: the batch-1 fixes carried
over a little).  Misses: documents 'được giao kết ... trước ngày', 'được cấp trước ngày' and
'đã tiếp nhận ... trước ngày' (conditions), costs 'phát sinh từ ngày ... đến hết ngày',
'hướng tới ... vào năm 2050', funding sentences 'Nguồn kinh phí ... cấp hàng năm', a time
cell 'Thực hiện đến năm 2030'.  After the batch-2 rules: 0.99 / 0.98 / 0.98.

Batch 3 (22 items, notes 'batch 3': what was left of the gazette's directive sentences, mostly
relative terms and cited dates), blind after all the session's rules: 1.00 / 1.00 / 0.95 (one
miss: 'danh sách ... được điều chỉnh hằng tháng' inside a condition read as a monthly duty).

Whole set now (323 items, 78 dated): normaliser 0.97 / 0.95 / 0.99, pipeline 0.99 / 0.97 /
0.99, deadline phrase 1.00.  Left: 'Đến hết tháng 12 năm 2015, số tiền ... là' (an example's
balance), a programme phase 'giai đoạn I: từ năm 2021 đến năm 2025' and a form's period read as
deadlines; 'kế hoạch công tác hằng năm' named as a container (gold reads such plans as yearly).

Session 6 (issue 5, held-out deadline F1 0.85 for four sessions).  Three more blind batches, each
annotated before chidao ran on it, each from sources no earlier row used (``--batch 'batch N'``):

- batch 4 (151 items, 36 dated): corpus laws, circulars and decisions not sampled before, a
  PM's conclusion notice (TB 330/TB-VPCP), a tax reform plan and a provincial tax letter, commune
  election plans and guidance (Quảng Ninh, Tuyên Quang), a Hanoi regulation.  First pass
  (main @ 619021d): pipeline 0.86 / F1 0.73 / recurrence 0.96; by family cham_nhat 0.50,
  thang_range 0.62, quy 0.33, trong_nam 0.50, truoc_ngay 0.84, hang rec 0.67.  Why it failed,
  across families: a day of a year named by rule ('năm sau', 'năm thứ ba của kế hoạch'), status
  verbs dating a condition ('hợp đồng ... giao kết trước ngày', 'chưa xuất cảnh trước ngày'),
  quantities as of a day ('kết dư ... đến hết năm'), measures that go on ('tiếp tục ... đến hết'),
  the start of a relative term ('kể từ ngày kết thúc 06 tháng đầu năm'), yearly openers ('Tháng
  6 hằng năm,'), recurrence words owned by a condition's topic, a rest day, a report or an amount.
  After the clause-level rules (tests/test_temporal_generality.py): 0.98 / 0.96 / 1.00.
- batch 5 (92 items, 27 dated), after those rules: a tax department's conclusion notice (TB
  990/TB-TCT), a People's Council resolution, a Hanoi decision, a province's election guidance,
  fresh corpus sentences.  First pass 0.97 / 0.94 / 0.95 (main's code: 0.96 / 0.92 / 0.95: the
  batch-4 rules carried over +0.01 / +0.02).  After ('khi ... thì' and 'Đối với' topics, amounts per
  period, bracketed time statements): 0.99 / 0.98 / 0.98.
- batch 6 (25 items, 11 dated), after those: Chỉ thị 11/CT-TTg (2020) and a tax letter carrying it
  out, the held-out's genre.  First pass 0.84 / 0.83 / 1.00, the same as main's code: nothing
  carried over to the PM's directive.  After (measures' durations 'tạm dừng ... đến hết', periods
  under a negation 'chưa/không ... trong quý', a 'sau khi' clause that ends at the comma): 1.00.

- batch 7 (24 items, 6 dated), after those: the rest of Chỉ thị 11/CT-TTg and a tax department
  letter (CV 4800/TCT-TTr, 2016).  First pass 0.88 / 0.67 / 1.00, the same as main's code (the
  batch-6 rules met none of their shapes here).  After ('Kết thúc năm 2016, có tổng kết ...': 'có'
  + the act's noun directs; a purpose clause after a past one dates the work again): 0.96 / 0.91
  (one lead-in ending with ':' has no task).

Session 7 (issue 5; rows whose source starts 'page:' are public web pages: the press or a
portal printing a directive):

- batch 8 (117 items, 16 dated; four more were dropped when their documents turned out to be in
  samples/gold): corpus decrees and circulars no row used before (``scripts/mine_deadline_phrases.py
  --fresh 170 --seed 81`` and ``--fresh 60 --seed 83``, picked by hand), QĐ 2438/QĐ-BTC (OCR) and
  CV 4302/TCT-TTr, letters of Bắc Kạn, Khánh Hòa, Quảng Nam, the Ethnic Minorities Committee.
  First pass (main @ 0baaa0e): pipeline 0.90 / 0.70 / 0.93.  Misses: spans of a fee, a rate or a
  report period ('từ ... đến hết ngày ...'), a condition on past service, targets 'vào năm 2030',
  'trong 2 tháng cuối năm 2018' unparsed, 'của năm báo cáo' under a yearly duty.
- the learned scorer (``pipeline/extract/datescore.py``, ``models/build_deadline_scorer.py``), its
  policy chosen leave-one-batch-out on batches 1-7: first form (veto below 0.1) on batch 8 0.94 /
  0.79; final form (verb features, veto below 0.2 limited to weakly bound dates) with the general
  rules above 0.96 / 0.86 (rules alone 0.92 / 0.76).  The pure model ('full': the best candidate
  above 0.5, the rules ignored), left out batch by batch, has F1 0.95 0.92 1.00 0.74 0.94 0.92 0.50
  on batches 1-7 (the rules' first passes: 0.86 0.85 1.00 0.73 0.94 0.83 0.67), 0.83 on batch 8 and
  0.60 on batch 9 (rules' first pass 0.86): above the rules' first passes on batches 1, 2 and 6,
  below on 7 and 9, and below the tuned rules everywhere, so it only vetoes.
- batch 9 (47 items, 10 dated), annotated after the first scorer shipped: press reports of
  provincial, district and ministry directives, meeting conclusions, plan openings, corpus
  sentences.  First pass 0.91 / 0.80 / 0.96 (rules alone 0.94 / 0.86: the scorer's one change, an
  arguable 'Từ nay đến hết năm 2020, ... tiếp tục thực hiện giám sát', went against the
  annotation); final code 0.94 / 0.84 (scorer fit without batches 8-9).
- batch 10 (63 items, 8 dated; session 7, measurement only): corpus circulars and decrees no row
  used (``--fresh 90 --seed 101`` and ``--fresh 80 --seed 103`` with a dated pattern, picked by
  hand), provincial, ministry and press pages (Cục TGPL notice, KH 130/KH-UBND Ninh Bình, CV
  4330/BNN-KTHT, CV 4836/BNN-VPĐP, Phú Thọ election cells, ...).  First pass (main @ ada283e):
  pipeline 0.92 / F1 0.63 / rec 0.89 (rules alone 0.90 / 0.60 / 0.89: the scorer vetoed a
  rate's span).  The shipped scorer is fit on batches 1-9 (FIT_UP_TO_BATCH in
  models/build_deadline_scorer.py): batch 10 stays its blind check.  A refit with it vetoed real
  span ends ('Từ ngày 01/7/2026 đến ngày 15/7/2026, các xã tổ chức ...'): the veto is unstable.

Session 8 (issue 5: held-out deadline precision 0.81; batches 11-12 sampled for it: most items carry a
date or a recurrence word that is NOT the task's deadline):

- batch 11 (77 items, 5 dated; 66 undated items carry a date or a recurrence word): public pages
  (provincial Chỉ thị and Quyết định, a Prime Minister's plan, Government resolutions on monthly
  sessions, commune council sessions, press reports of letters: events and meetings held, effective
  dates, plan periods 'giai đoạn 2026-2030', plan years, targets 'Năm 2026, ... phấn đấu', benefits
  paid monthly, budget years) and corpus sentences of documents no row used
  (``scripts/mine_deadline_phrases.py --fresh`` with seeds 111, 113, 117, 119 and date/recurrence
  patterns, picked by hand).  First pass (main @ 6f3a7d5): pipeline 0.97 / F1 0.75 / rec 0.94; no
  false deadline on the 72 undated items (precision 1.00): the misses were recall (a time sentence
  the harness ran as kind 'next' though it has its own verb, corrected to 'sentence' after the first
  pass, its deadline unchanged; 'từ ngày 15, 16, 17/4/2020' a scheduled hand-out) and five
  recurrences of a noun ('chi trả trợ cấp ưu đãi người có công với cách mạng hàng tháng', 'được ...
  cấp kinh phí hoạt động hằng năm', 'trong báo cáo định kỳ hằng năm', a container 'vào quyết toán
  ngân sách nhà nước hằng năm', 'thông qua ... báo cáo quyết toán tài chính hàng năm').  After the
  rules (extract/temporal.py, tests/test_temporal_roadmap.py: a benefit's long noun phrase, what a
  body receives, a report a preposition names; a period after a counted noun 'số lượng ... trong quý
  I'; a roadmap step 'Năm 2027: hoàn thành ...'; 'Tiếp tục thực hiện Kế hoạch số ...' inside a
  numbered item is a task): 0.99 / 0.89 / 0.97 (main's code with the corrected kind: 0.99 / 0.89 /
  0.94).  Batch 10 moved 0.92 / 0.63 / 0.89 -> 0.94 / 0.67 / 0.90 (a worked example's 'Số ngày
  trong năm 2021').
- batch 12 (41 items, 4 dated; 24 undated items carry a date), annotated after those rules: press and
  portal reports of provincial letters (disaster response, land, schools' year frame), Bộ GD&ĐT's
  year guidance, corpus sentences (seeds 131, 137).  First pass 0.95 / 0.80 / 0.98, the same as
  main's code: precision 0.67 (4 of 6 predicted dates right, all 4 deadlines found).  The two
  false deadlines are purpose clauses: 'Danh mục dự án có thu hồi đất để thực hiện trong năm 2022'
  (the list's year) and '... để có giải pháp ... ứng phó hiệu quả với các loại hình thiên tai trong
  năm 2022'; a purpose with an object of its own is a deadline in gold and earlier batches ('để
  trình ... ban hành trong năm 2024', 'để thực hiện thanh tra toàn diện trong năm 2016'), so the rule
  written after the first pass covers only a purpose verb with no object ('để thực hiện trong năm
  X': the noun's period).  After it: 0.98 / 0.89 / 0.98 (left: the disaster-response purpose, one
  recurrence of a noun, 'các văn bản hướng dẫn hằng năm').

Session 9 (issue 5: held-out deadline precision 0.81; batches 13-14 from central-government texts, most items a date
that is not a deadline in that genre):

- batch 13 (49 items, 25 dated), annotated blind: Nghị quyết 109/NQ-CP (2026) -- its annex tables as printed, in their
  own column order ('TT | NHIỆM VỤ | THỜI HẠN HOÀN THÀNH | CƠ QUAN CHỦ TRÌ | ...', a sub-step's '(trong Quý II/2026)' in
  an office cell; Phụ lục IV with 'THỜI HẠN THỰC HIỆN' before a 'CẤP TRÌNH/ PHÊ DUYỆT' column), kind 'table' below -- and
  the action programme's sentences (targets 'vào năm 2030', '5 năm 2026 - 2030', 'trước năm 2030'); Government
  resolutions 16/2026, 66.16/2026, 24/2026 (effective spans, yearly reports, 'bảo đảm có hiệu lực trước ngày');
  QĐ 28/2026/QĐ-TTg, 798, 892.  A first draft of the batch drew on NQ 122/NQ-CP, NQ 175/NQ-CP, NQ 105/NQ-CP, QĐ
  982/QĐ-TTg and CT 21/CT-TTg; all five turned out to be in samples/gold (07, 08, c1-c4, k1) and the 121 items were
  dropped (their first pass, for the record: 0.94 / F1 0.93, precision 0.97, recall 0.90).  First pass (main @
  36abed7): 0.98 / F1 0.98 / rec 0.96 (the tables 18/18); the one false deadline a figure reached 'vào năm 2030'
  through a purpose clause ('để thu hút 45 - 50 triệu lượt khách ... vào năm 2030'), two recurrences of a noun
  (yearly plans and funds: ANNOTATION.md is silent, gold b3/04 read some such as yearly duties).  A document-level
  look at the dropped texts found one more false date: 'nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II' (a
  time the tasks have).  After the rules (extract/temporal.py, tests/test_temporal_governs.py: what a date governs --
  'Đến hết năm X, hoàn thành ...' a completion, 'Đến năm X, 90% ...' a goal; a figure's year a horizon; a time a
  noun phrase has; a year inside a period's noun phrase): 1.00 / 1.00 / 0.96.
- batch 14 (27 items, 8 dated), annotated blind after those rules, other documents: Nghị quyết 57-NQ/TW and Kết luận
  69-KL/TW, press reports of the Central Steering Committee's sessions, NQ 86/NQ-CP, CT 03/CT-TTg, NQ 406/NQ-CP
  and CT 05/CT-TTg as the press printed them.  First pass 0.89 / F1 0.82 (precision 0.78, recall 0.88), the same
  as main's code: the batch-13 rules met none of its shapes.  False dates: work left undone in a past year ('các
  công việc chưa hoàn thành trong năm 2024' in a directive of 2025) and a span running on ('từ nay đến hết năm
  2025 và những năm tiếp theo'); missed: a bound set through a sanction's condition ('nếu hết quý 1-2025 không hoàn
  thành').  After two more rules: 0.96 / 0.93.

Session 10 (issue 5: held-out deadline precision 0.81; batches 15-16 weighted to dates that are NOT deadlines, from
pages of the genres of the held-out set -- a general department's and ministries' letters (Cục GSQL/TCHQ, BTC, BHXH
Việt Nam, Bộ KH&ĐT, Bộ GD&ĐT), Prime Minister's telegrams and decisions and Government resolutions as the press
printed them -- and local notices and plans):

- batch 15 (85 items, 19 dated; 66 undated items carry a date or a recurrence word: effective dates, data spans and
  'số liệu ... tính đến', report periods, plan periods and plan years in purposes, events held, counts as of a day,
  cited letters, a five-yearly census, start years 'để thực hiện từ năm 2026').  Annotated blind; first pass (main @
  e62e73a) precision 0.93 (13/14), recall 0.62 (13/21), F1 0.74, recurrence 0.98.  Four rows were corrected after
  the first pass, each to a rule written down before (notes say so): two bare days of every month ('trước ngày 28
  hàng tháng') and a rule-year day ('trước ngày 15 tháng 01 của năm tiếp theo') to the convention of gold d2/d4/d6/d7
  and batch 4 (no fixed date), and an exam's days ('kỳ thi được tổ chức vào các ngày 27, 28, 29 và 30/6/2023') to
  this batch's own reading of a scheduled event as the work's bound; main's code on the corrected rows: P 1.00
  (14/14), R 0.74 (14/19), F1 0.85 (rules alone 0.81: the learned veto removed 3 false dates).  Its one false date
  was that exam; every other undated item stayed undated.  Misses were recall: schedule steps labelled by a day
  ('Ngày 30/7/2017: Báo cáo ...', 'Ngày 8/7-17/7/2017: ...'), a day the sentence calls the last ('ngày 25/5/2017
  là hạn cuối ...'), a dash span after 'từ' ('Từ ngày 1 - 30/7/2021, ...'), and two recurrences that were no
  duty's ('khai thuế ... theo tháng hay theo quý', 'các Nghị quyết ... về Phiên họp Chính phủ thường kỳ hằng
  tháng').  After the rules (extract/temporal.py, tests/test_temporal_steps.py): P 1.00, R 0.95, F1 0.97, rec 1.00
  (left: a campaign span inside a long sentence, vetoed by the scorer).
- batch 16 (36 items, 7 dated), annotated blind after those rules: Bộ Y tế and Bộ Nội vụ requests as reported,
  commune and district notices of citizens' reception days (weekly, monthly), a Government report, a PM's plan for a
  Quốc hội resolution (QĐ 1785/QĐ-TTg, its time sentences), amounts as of a day.  First pass P 1.00 (4/4), R 0.57
  (4/7), F1 0.73, recurrence 1.00 -- the same as main's code: the batch-15 rules met none of its shapes (carry-over
  0 again; rules alone P 0.57: the veto again removed 3 false dates).  Misses: time sentences naming their act by a
  verb ('Thời gian triển khai kéo dài từ ... đến hết ngày 28/2/2027.', 'Thời gian ban hành là trước ngày ...') and
  an opening day with an obligation ('Ngày 1/5, 63 tỉnh, thành phố phải gửi đề án ...').  After: 1.00 / 1.00.

Session 11 (issue 5: held-out deadline precision 0.81 for nine sessions; the hypothesis tested: long central documents
and their annex tables give dates to items the gold would not):

- batch 17 (69 items, 3 dated; 18 more drafted were dropped as already in the file), annotated blind: Government
  resolutions on their monthly sessions (NQ 316, 230, 124, 162, 108, 223, 406 as posted), PM's directives and telegrams
  as the press printed them (CĐ 199, 239, CT 03, 47), plans' openings, a 2008 request for Tết reports, and the recurrences
  of long central decrees and circulars (corpus: NĐ 188/2025, 125/2026, 200/2026, 158/2026, 131/2026, 142/2026,
  152/2026, VBHN 28/50/3305/2021/10/4, TT 14/2022, 22/2022, 12/2023, 19/2024, 10/2023, 107/2025, 116/2025, 56/2026).
  First pass (main @ c573ab8): pipeline 0.90 / F1 0.36 (precision 1/8) / rec 0.94.  Seven false dates: a session's
  day in the preamble ('tổ chức vào ngày 05 tháng 10 năm 2025' in a resolution of 08/10, twice), assessments of a
  period already over ('Trong tháng 11, tình hình ...' in December, 'phiên họp đánh giá trong tháng 2/2026' in March,
  'phiên họp thường kỳ tháng 2'), a goal's year-end ('phấn đấu vượt mục tiêu có 3.000 km ... vào cuối năm 2025'), and
  one row whose blind reading (a half-year report's day, no fixed date) was corrected after the pass to the written
  convention of a recurring duty's first due date.  Recurrences of no duty: a sanction's offence ('khi có hành vi
  không báo cáo định kỳ hằng năm'), a description ('tháng 9 và tháng 10 hằng năm luôn là cao điểm').  After the rules
  (extract/temporal.py, tests/test_temporal_lookback.py): 0.99 / 0.80 / 0.97.
- batch 18 (45 items, 5 dated), annotated blind after those rules: PM's telegrams on storms and on 'Chiến dịch Quang
  Trung', CT 06 and CĐ 07/2026, CĐ 20/2026, QĐ 339/2026, NQ 36/2026 and NQ 127/2021 as printed, conclusions of the
  transport steering committee.  Carry-over: main 0.91 / F1 0.60 / rec 1.00, this code 0.93 / 0.67 / 1.00 (the
  past-period rule fixed an assessment 'Trong tháng 9, ...'; the goal rule was too narrow for 'bảo đảm thực hiện mục
  tiêu có ít nhất 3.000 km ... vào cuối năm 2025').  After two more rules (a goal named 'mục tiêu'; an occasion's day
  in brackets after 'trước <kỳ họp / Đại hội / Tết>'): 0.98 / 0.89 (left: a lead-in ending ':' that holds no task).
- The document-level check: the 14 long central texts of the corpus outside the gold (NQ 16-26/2026, 66.17, 66.19,
  QĐ 28/2026, 08/2022, 28/2021; 3,592 tasks) give 21 dated tasks, about 15 right by ANNOTATION.md (false: an exemption's
  validity 'đến trước ngày 31/12/2026', a form's blank, a measure's duration 'trong thời gian từ ... đến hết ngày');
  the session's rules change none of them, nor any task of the 192 gold documents.
- Probes of the time-cell shapes the hypothesis named (written for the tests, not benchmark items): 'Hằng năm',
  'Thường xuyên', 'Theo tiến độ ...', 'Năm 2026 và các năm tiếp theo', a cited document's date in the task's text,
  relative times ('trong tháng tới', 'tuần sau', 'trước kỳ họp thứ ...') are read as ANNOTATION.md and the earlier
  batches read them; two were not: a cell naming the document the row follows ('Theo Kết luận số 213-KL/TW ngày
  10/3/2026') gave that document's date, and 'Sau năm 2026' gave 2026-12-31 (both none now).  A lead-in's date
  ('Trước ngày 30/6/2026, các bộ thực hiện các nội dung sau:') reaches none of its items (recall, not precision;
  ANNOTATION.md is silent and the gold has no case).  The carry-down of an empty time cell from the row above
  (tables._fill_merged, for merged cells) changes no deadline of the gold documents whether on or off: no evidence
  either way, and it does give dates to rows whose own time cell is empty.
- batch 19 (session 11 round 2, deadline19; 4 items, kind 'list': a lead-in and the items it lists, lines joined
  by a literal '\\n', the last item scored), annotated blind from stored portal pages: the convention that a
  lead-in's bound date ('Trước ngày 30/6/2026, các bộ thực hiện các nội dung sau:') dates the items under it
  (assign._lead_in_deadline) was checked on real lead-ins for false dates.  The sources allowed (the gazette
  corpus's unused texts are laws whose colon lead-ins cite documents; the pages corpus rarely stores a dated
  lead-in with its items) gave only undated lead-ins: main and the branch 1.00 on all 4 -- no real dated
  lead-in is measured here yet; the rule is tested on written ones (tests/test_leadin_deadlines.py).

Session 12 (branch recur12, issue 5: held-out recurrence 0.81 against gold 0.99; batches 22-23 are recurrences,
reporting regimes and their negatives, from the gazette corpus's sentences no row used -- a scan of every corpus
document outside the held-out and gold ones, at most two sentences a document, picked by hand -- and a few pages):

- batch 22 (53 items, 2 dated), annotated blind: 'trước ngày 17 hàng tháng', 'Định kỳ hằng quý, năm', 'Định kỳ 06
  tháng, 01 năm', 'định kỳ 06 tháng và hằng năm', 'Ngày thứ Sáu hằng tuần', 'một năm một lần', 'trước ngày 05 và
  ngày 20 hằng tháng', 'vào tháng cuối của quý', 'định kỳ ít nhất 01 lần/quý', and benefits, quantities, sanctions,
  data periods and criteria that carry a period.  First pass (main @ 703b604): pipeline 0.98 / F1 0.80 / rec 0.83:
  the misses were periods of something other than the work (a bonus criterion's 'đánh giá hằng quý', 'số lượng ...
  sử dụng hàng quý', 'bị khấu trừ hằng tháng vào lương', 'trợ cấp mất sức lao động, ... bệnh nghề nghiệp hằng
  tháng', 'từ ngày 01 tháng đầu quý đến hết ngày 22 tháng cuối quý', 'đối với kỳ báo cáo năm', '04 lần/năm học',
  'Căn cứ kết quả xếp loại hàng Tuần (Tháng), ngày 25 hàng tháng ...'), one benefit holders' condition dated
  ('hưởng ... trợ cấp hằng tháng trước ngày 01 tháng 7 năm 2023').  After the rules (extract/temporal.py,
  tests/test_temporal_regimes.py): 1.00 / 1.00 / 0.96.
- batch 23 (44 items, 1 dated), annotated blind after those rules (carry-over): main 0.98 / F1 0.00 / rec 0.77,
  this branch the same: the misses were other periods of nouns again (a crop's kind 'cây hằng năm', 'nhu cầu sinh
  hoạt hàng ngày', a form's title 'Đề cương báo cáo định kỳ hằng năm', 'tiền tuất hằng tháng', 'thực tế hằng
  năm', a cap 'không quá 01 kỳ thi mỗi tháng'), 'báo cáo ... 6 tháng, hằng năm' read as yearly, 'quý họp một lần'
  not read.  After: 0.98 / 0.00 / 0.95 (left: a half-yearly issue's window 'vào tháng 10 hoặc tháng 11 hàng năm'
  undated, two yearly plans named inside conditions).  On the 1275 earlier items the rules fixed five
  recurrences and lost none (whole set 0.99 / 0.96 / 0.98).

Session 13 (branch central13, issue 5: held-out deadline precision 0.81, central action plans):

- batch 27 (21 items, 17 dated, kind 'table': rows of NQ 109/NQ-CP's Phụ lục III-IV and NQ 100/NQ-CP's
  group III no row used, each under its own header: years, quarters, 'Năm 2026', ranges '2026 - 2030',
  '2026-2027', '2027 - 2035', cited resolutions' and plans' dates inside the task, a programme's period and
  vision inside the task, 'Thực hiện thường xuyên'), annotated blind: main (cae406c) and the branch both
  1.00 / 1.00 / 1.00 -- this genre's time cells are read as the gold reads them.

Session 12 round 2 (branch deadline24, issue 5):

- batch 24 (40 items, 8 dated; 32 carry a date or a recurrence word that is no deadline), annotated blind from
  stored portal and press pages no row used (VPCP 9061/VPCP-CN, Sở Nội vụ Bắc Kạn on the 2021 election's review,
  TT 11/2015/TT-BLĐTBXH and TT 03/2015/TT-BTTTT as summarised, district and provincial news of meetings and
  letters, a Bộ GD&ĐT letter as reported, Quảng Nam, Phú Yên, Khánh Hòa, Hải Dương, Gia Lai, Thanh Hóa pages;
  seven rows drafted were dropped as already in the file).  First pass: main (cb131c2) and the session's start
  (703b604) both 0.95 / F1 0.88 / rec 0.97 (no carry-over from round 1 on it); the misses: a time key 'Về thời
  gian tổng kết: ...' not read as the attribute, a period of a grounds clause holding a list ('Trên cơ sở kết
  quả đánh giá, phân loại và xếp hạng ... được công bố hàng năm, ...') read as yearly, a goal 'xây dựng xã đạt
  nông thôn mới nâng cao vào cuối năm 2021' read as the deadline.  After the branch's rules (a 'Về' time key,
  grounds with a list; plus the yearly window, plans outside the work and caps for batch 23): 0.97 / 0.94 /
  1.00 (left: the goal, arguable).  Whole file (1499 items): main 0.98 / 0.95 / 0.98, the branch 0.99 / 0.96 /
  0.98; the branch misses none main gets right (batch 23: dp2328, dp2331 fixed; dp2324's window now dated
  2015-11-30 but read yearly where the item's two issues a year make it half-yearly).

Left (whole set 1157 items after session 10: pipeline 0.99 / 0.96 / 0.98; 1036 items after session 9: pipeline 0.98 / 0.96 / 0.97; 960 items: 842 before session 8: 0.98 / 0.96 / 0.97; 779 before batch 10: 0.99 / 0.98 / 0.98; 615 items before session 7: 0.99 / 0.97 / 0.99): 'những tháng cuối năm 2024' as the work's
period (tried; gold d6 reads the same words as a report's topic), 'ngày 17 các tháng 3, 6, 9'
(normaliser only when the duty recurs), sentences no task is found in.
"""
from __future__ import annotations

import argparse
import csv
import re
import datetime as dt
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import Config  # noqa: E402
from pipeline.extract import _latest_period, extract  # noqa: E402
from pipeline.extract.tasks import find_references  # noqa: E402
from pipeline.extract.temporal import find_deadline, roll_forward  # noqa: E402
from pipeline.model import Document, Header, lines_from_text  # noqa: E402
from pipeline.structure import structure  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "deadline_phrases.tsv"
# the task line an attribute line is printed under, and the table a time cell sits in: neutral
# wording of a real plan (what is measured is the item, not these)
TASK_LINE = "1. Xây dựng và trình ban hành Đề án phát triển thị trường các-bon."
# the heading a body sentence sits under: a sentence before any numbered heading is read as the
# preamble ('narrative preamble zone'), which no real item of a directive's body is
HEADING = "II. NHIỆM VỤ VÀ GIẢI PHÁP"
CELL_TABLE = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n"
              "| 1 | Xây dựng và trình ban hành Đề án phát triển thị trường các-bon. | Bộ Tài chính | {cell} |")
ROW_HEADER = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện/ hoàn thành |\n"
              "| --- | --- | --- | --- | --- |\n")


@dataclass
class Item:
    id: str
    source: str
    date: dt.date | None
    kind: str
    family: str
    text: str
    deadline: str
    deadline_text: str
    recurrence: str
    note: str


def load(path: Path) -> list[Item]:
    out = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            out.append(Item(r["id"], r["source"], dt.date.fromisoformat(r["doc_date"]) if r["doc_date"] else None,
                            r["kind"], r["family"], r["text"], r["deadline"], r["deadline_text"], r["recurrence"],
                            r.get("note", "")))
    return out


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _attr_value(text: str) -> str:
    return text.split(":", 1)[1] if ":" in text else text


def normaliser(it: Item) -> tuple[str, str]:
    """(deadline, recurrence) from the temporal normaliser alone."""
    year = it.date.year if it.date else None
    if it.kind in ("cell", "row", "table"):
        cell = it.text if it.kind == "cell" else _time_cell(it.text) if it.kind == "table" else it.text.rstrip(" |").rsplit("|", 1)[1]
        dl = _latest_period(cell.strip(), year)
    elif it.kind in ("attr", "next"):
        dl = find_deadline(_attr_value(it.text), year, attribute=True)
    elif it.kind == "list":
        last = it.text.split("\\n")[-1]
        masks = [(a, b) for a, b, *_ in find_references(last)]
        dl = find_deadline(last, year, masks, issued=it.date)
    else:
        masks = [(a, b) for a, b, *_ in find_references(it.text)]
        dl = find_deadline(it.text, year, masks, issued=it.date)
    if dl is None:
        return "", ""
    return _iso(roll_forward(dl.date, dl.text, dl.recurrence, it.date)), dl.recurrence or ""


def _table_rows(text: str) -> list[list[str]]:
    """The rows of a kind 'table' item: its text is a whole '|' table, lines joined by a literal '\\n'."""
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in text.split("\\n") if line.strip()]


def _time_cell(text: str) -> str:
    """The cell of a 'table' item's last row under the header that names a time ('Thời hạn', 'Thời gian', 'Tiến độ')."""
    rows = _table_rows(text)
    col = next((i for i, h in enumerate(rows[0]) if re.search(r"thời\s+(?:hạn|gian)|tiến\s+độ", h, re.I)), len(rows[0]) - 1)
    return rows[-1][col] if col < len(rows[-1]) else ""


def document_text(it: Item) -> str:
    if it.kind == "table":
        # a whole table as the document printed it (its own header row and column order)
        return it.text.replace("\\n", "\n")
    if it.kind == "list":
        # a lead-in and the items it lists, as printed (lines joined by a literal '\\n')
        return f"{HEADING}\n" + it.text.replace("\\n", "\n")
    if it.kind == "cell":
        return CELL_TABLE.format(cell=it.text)
    if it.kind == "row":
        return ROW_HEADER + it.text
    if it.kind == "attr":
        return f"{HEADING}\n{TASK_LINE}\n{it.text if it.text.lstrip().startswith('-') else '- ' + it.text.lstrip()}"
    if it.kind == "next":
        return f"{HEADING}\n{TASK_LINE} {it.text}"
    return f"{HEADING}\n{it.text}"


def pipeline(it: Item, config: Config) -> tuple[str, str, bool, str]:
    """(deadline, recurrence, task found, deadline text) from structure + extract on the item's document."""
    doc = Document(doc_id=it.id, lines=lines_from_text(document_text(it)))
    doc = structure(doc, config)
    if doc.header is None:
        doc.header = Header()
    doc.header.date = it.date
    doc = extract(doc, config)
    if not doc.tasks:
        return "", "", False, ""
    # (kind 'list': the last item listed, whose date is its own or the lead-in's)
    t = doc.tasks[-1] if it.kind == "list" else doc.tasks[0]
    return _iso(t.deadline), t.recurrence or "", True, t.deadline_text or ""


def _same_phrase(expected: str, got: str) -> bool:
    """The deadline phrase as the annotator wrote it, or one holding it (trigger words differ)."""
    e, g = (" ".join(x.casefold().split()).strip(" .,;:()") for x in (expected, got))
    return bool(e and g) and (e in g or g in e)


@dataclass
class Tally:
    n: int = 0
    dated: int = 0
    right: int = 0
    tp: int = 0
    pred: int = 0
    rec: int = 0
    notask: int = 0
    phrases: int = 0  # dated items with an expected phrase whose deadline is right
    phrase_right: int = 0

    def add(self, it: Item, dl: str, rec: str, found: bool = True, text: str | None = None) -> None:
        if text is not None and it.deadline and it.deadline_text and dl == it.deadline:
            self.phrases += 1
            self.phrase_right += _same_phrase(it.deadline_text, text)
        self.n += 1
        self.dated += bool(it.deadline)
        self.right += dl == it.deadline
        self.pred += bool(dl)
        self.tp += bool(dl) and dl == it.deadline
        self.rec += rec == it.recurrence
        self.notask += not found

    def f1(self) -> float:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.dated if self.dated else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", action="store_true", help="print every item the pipeline gets wrong")
    ap.add_argument("--family", help="only this family (or kind)")
    ap.add_argument("--batch", help="only this batch ('batch 4')")
    ap.add_argument("--phrases", action="store_true", help="with --show: also the items whose deadline_text differs")
    a = ap.parse_args()
    items = [it for it in load(a.data) if (not a.family or a.family in (it.family, it.kind))
             and (not a.batch or (it.note.startswith(a.batch) if a.batch != "batch 1" else not it.note.startswith("batch ")))]
    config = Config(ocr=False)
    t0 = time.perf_counter()
    norm: dict[str, Tally] = defaultdict(Tally)
    pipe: dict[str, Tally] = defaultdict(Tally)
    misses = []
    for it in items:
        nd, nr = normaliser(it)
        pd, pr, found, ptext = pipeline(it, config)
        m = re.match(r"batch (\d+)", it.note)
        batch = f"batch {m.group(1)}" if m else "batch 1"
        for key in (it.family, batch, "ALL"):
            norm[key].add(it, nd, nr)
            pipe[key].add(it, pd, pr, found, ptext)
        if pd != it.deadline or pr != it.recurrence or (a.phrases and pd and it.deadline_text and not _same_phrase(it.deadline_text, ptext)):
            misses.append((it, nd, nr, pd, pr, found, ptext))
    secs = time.perf_counter() - t0
    print(f"{'family':<14}{'n':>5}{'dated':>7} | {'norm acc':>8}{'norm F1':>8}{'rec':>6} | "
          f"{'pipe acc':>8}{'pipe F1':>8}{'rec':>6}{'no task':>8}{'phrase':>8}")
    print("-" * 94)
    for key in sorted(norm, key=lambda k: (k == "ALL", k.startswith("batch"), k)):
        n, p = norm[key], pipe[key]
        if key == "batch 1":
            print("-" * 94)
        phrase = f"{p.phrase_right / p.phrases:>8.2f}" if p.phrases else f"{'-':>8}"
        print(f"{key:<14}{n.n:>5}{n.dated:>7} | {n.right / n.n:>8.2f}{n.f1():>8.2f}{n.rec / n.n:>6.2f} | "
              f"{p.right / p.n:>8.2f}{p.f1():>8.2f}{p.rec / p.n:>6.2f}{p.notask:>8}{phrase}")
    print(f"\n{len(items)} items, {secs:.1f} s; acc = deadline (or its absence) right, F1 over dated predictions, "
          f"rec = recurrence right, phrase = deadline_text holds the annotated phrase (or is held by it), "
          f"over the dated items whose date is right")
    if a.show:
        for it, nd, nr, pd, pr, found, ptext in misses:
            print(f"\n{it.id} [{it.family}/{it.kind}] {it.date} expected {it.deadline or '-'} {it.recurrence or ''}"
                  f" '{it.deadline_text}' | norm {nd or '-'} {nr} | pipe {pd or '-'} {pr} '{ptext}'"
                  f"{'' if found else ' (no task)'}\n  {it.text[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
