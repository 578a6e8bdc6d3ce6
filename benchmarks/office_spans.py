"""Offices on real assignment sentences: who is responsible, who leads.

    PYTHONPATH=. .venv/bin/python benchmarks/office_spans.py [--show FRAME|LEVEL|ID] [--json FILE]

Why: on documents it has not seen chidao's office F1 fell to 0.87 (held-out) and to 0.13-1.0 on
blind batches; each batch brought sentence shapes and bodies the rules did not know.  A few new
documents measure that badly (one document's idiom moves the number), so this benchmark takes
many real sentences, one per row, each in its own small document, and scores the offices of the
task that holds it.

Data: ``benchmarks/data/office_spans.jsonl``, 1632 sentences or items (with the lead-in or the
heading above them when that is what names the body) taken from real text:

- the Official Gazette corpus (``corpus:<id>``: resolutions and decisions of the Government and
  the Prime Minister, decrees, circulars of ten ministries, the State Bank; their 'tổ chức thực
  hiện' and 'trách nhiệm của ...' articles): ministries, their agencies, people's committees of
  the province and of the commune, banks, enterprises and other regulated parties, title holders
  ('Bộ trưởng, Thủ trưởng cơ quan ngang bộ ...'), items under 'X có trách nhiệm:' lead-ins, and
  items that name only cited or report-to bodies (negatives);
- a provincial directive (UBND tỉnh Long An, 2009) from a public repository (the row's source);
- realdocs 01, 02, 11, 12, 14 (marked ``seen``: their gold is in samples/gold, rules were tuned
  on them).  Never the held-out documents.
- batch 4: 2025-2026 gazette text (decrees, circulars, Government resolutions after the merger of
  ministries), commune and ward plans of the Fatherland Front after the 2025 reform (repository
  LaHieu11/baucu-luongminh; the Phố Bảng rows come from a document whose gold is in samples/gold
  and are marked ``seen``), Politburo and Central Committee conclusions (tnt305/tai_lieu_noi_bo);
- batch 5: Lào Cai (merged province) documents of 2025-2026 from Trangsct/skill-sct: QĐ 28/2025
  on food-safety decentralisation, QĐ 904/2025 delegation, the regulation attached to QĐ 3556/2026
  on environment data, letters of Sở Nông nghiệp và Môi trường to mining enterprises and on an
  industrial cluster, a 2025 draft scheme of the Tỉnh ủy (Party bodies).

Each row was annotated BLIND (before chidao ran on it) by reading it against the annotation
guide (``/work/shared/eval/ANNOTATION.md`` and samples/gold/README.md): the offices as written,
lead first when one leads (``lead`` null when several are co-equal or the duty is only 'phối hợp
với'), nothing for bodies that only receive a report, are cited, are met or are directed by the
assignee.

Lead convention (decided by the lead in session 8 from the guide: lead = the office that 'chủ trì',
or the only office named; no lead when offices are co-equal).  In 'Giao / Đề nghị / Yêu cầu X phối
hợp với Y ...', 'X (có nhiệm vụ / có trách nhiệm) phối hợp với Y thực hiện ...', 'X, trong phạm vi
chức năng, nhiệm vụ được giao, phối hợp với Y ...' and '- Phối hợp với Y ...' under a heading or
lead-in naming X, without 'chủ trì', X is the lead and Y support: the sentence assigns the work to
X, Y is whom X works with.  Nobody leads when several offices are co-equal subjects ('Sở A, Sở B
phối hợp với Y').  Session 9 brought 68 rows of batches 1-8 in line (their lead had been null under
the session-6 scope convention and the gold README's 'only phối hợp' rule): 19 of batch 1, 1 of
batch 2, 22 of batch 4, 2 of batch 5, 6 of batch 6, 9 of batch 7, 9 of batch 8 (ob8-013, -015, -024,
-030, -031, -033, -035, -042, -044).  samples/gold still has leads written the old way in some
tasks (lead is not scored there).  Partners written 'các cơ quan liên quan' are offices; 'chủ trì
hội nghị' (presiding a meeting) is not the lead role.

Scoring mirrors the scorer (``vnscore.py``, ``pipeline.eval.office_match``): office recall and
precision over names (lead and support roles; report-to is no office), the row exact when every
gold office matches a predicted one and back, lead right when both are null or match.  A row
whose task is not found counts its gold offices as missed (a negative row with no task is right).

Batches.  Batch 1 (261 rows; 264 when first run) was annotated blind and then used to find
and fix faults; batch 2 (59 rows, ``batch: 2``) was annotated blind AFTER those fixes, to measure
whether they carry over, then used for a few more fixes; batch 3 (44 rows) was annotated blind
after all of them and never tuned on.  Numbers (office F1 / rows exactly right / lead right):

- batch 1, first run (main @ b8aa622, 264 rows): 0.916 / 0.81 / 0.84 (unseen rows 0.905);
  after dropping 3 rows that hold no task and aligning 7 seen rows with their dev gold: 0.932 /
  0.84 / 0.88 on main; after the session-5 fixes 0.983 / 0.97 / 0.97 (tuned on: not an estimate);
- batch 2, blind: main 0.892 / 0.83 / 0.81; with the batch-1 fixes 0.892 / 0.83 / 0.83 -- they did
  not carry over to new sentences at all; after fixes found on batch 2 itself 0.927 / 0.92 / 0.93;
- batch 3, blind, never tuned on: main 0.946 / 0.89 / 0.91; the session-5 code 0.970 / 0.93 / 0.93
  (misses left: a body with its head's title ('UBND cấp tỉnh, Chủ tịch UBND cấp tỉnh'), a
  lower-case second bank, a place shared by 'Công an đơn vị, địa phương', a plural party without
  a duty verb).
- batch 4 (152 rows, 2025-2026 text), blind: main @ 619021d 0.928 / 0.80 / 0.85 (commune and
  ward rows 0.810 / 0.57 / 0.82, headings 0.899 / 0.68 / 0.68); with the rebuilt gazetteer alone
  0.930 / 0.81 / 0.86; after the session-6 fixes found on it 0.958 / 0.88 / 0.93 (tuned on);
- batch 5 (80 rows, Lào Cai 2025-2026), blind, annotated after the session-6 fixes and never
  tuned on: 0.876 / 0.71 / 0.79.  Misses: the heading 'Điều 4. Phân cấp cho Sở Y tế thực hiện
  một số nhiệm vụ, quyền hạn sau' over numbered items (9 rows), items under '1. X chịu trách
  nhiệm ...' whose item a)/b) repeats no subject, 'Ủy quyền cho Giám đốc Sở ...', regulated
  parties as subjects ('tổ chức, cá nhân báo cáo', 'giám đốc điều hành mỏ ... phải'),
  'Chánh Văn phòng UBND tỉnh' in an execution clause.  Then used for one fix (a delegation
  heading 'Phân cấp / Phân quyền / Ủy quyền cho X thực hiện ... nhiệm vụ, quyền hạn sau', and
  'Ủy quyền cho X <verb>' as 'Giao X') and a harness fix (an excerpt opening at 'Điều N' is no
  longer put under 'I. TỔ CHỨC THỰC HIỆN', where 'Điều 4' continued no sequence): 0.925 / 0.84 /
  0.91 (tuned on; the harness fix alone leaves the first pass at 0.876).
- batch 6 (138 rows, session 7), blind: gazette decrees and circulars 2021-2026 whose articles are
  titled by whose duties they list ('Điều 9. Trách nhiệm của X', 'Thẩm quyền ... phân cấp cho X'),
  'X:' headings over '-' duties, regulated parties and communes as doers (người sử dụng lao động,
  nhà thầu, người nộp phí, Ủy ban nhân dân cấp xã), Lào Cai QĐ 40/2026 and QĐ 47/2026 (commune
  procedures), a 1999 provincial decision; 16 rows come from realdocs 07/08 (Chỉ thị 21/CT-TTg, NQ
  122/NQ-CP) and are marked ``seen``.  First pass on main @ 0baaa0e, unseen rows: 0.831 / 0.70 /
  0.75 (0.715 / 0.49 / 0.58 before the rows held their list's earlier items: an item '4.' with no
  '1.-3.' above it is no list item to structure, so each row now holds its article from the title
  down); after the session-7 fixes found on it 0.959 / 0.94 / 0.95 (tuned on).
- batch 7 (52 rows), blind, annotated after the batch-6 fixes: the plan attached to QĐ 773/QĐ-TTg
  2018 (headings naming ministries over '-' duties), the plan attached to QĐ 173/QĐ-BTP 2015
  ('- Đơn vị chủ trì / phối hợp:' lines, a Tổ chức thực hiện by unit), QĐ 12/2024/QĐ-TTg.  First
  pass with the batch-6 fixes 0.862 / 0.87 / 0.87 -- and the same on main @ 0baaa0e: the batch-6
  fixes carried nothing to it (its misses were other shapes: a recurring time clause before the
  subject, 'Vụ trưởng Vụ ...' titles, a row 'Phối hợp ...' whose attribute line names the lead,
  two harness matches of a repeated opening).  With the harness fixed to find an item by its
  whole target (two rows had matched an earlier item opening the same way) both read 0.897 / 0.90
  / 0.88.  After fixes found on it 0.930 / 0.94 / 0.98.
- batch 8 (50 rows, session 8), blind, annotated after the batch-6/7 fixes and never tuned on:
  letters and reported directives 2012-2025 of provinces, districts, a city and ministries (Quảng
  Trị, Lạng Sơn, Đồng Tháp, Quảng Nam, Khánh Hòa, Bình Định, Kon Tum, Tứ Kỳ, Ân Thi, Nha Trang,
  TP.HCM, Long Biên, BGDĐT, BNN, Bộ Công an; each row names its page) and NQ 97/NQ-CP 2026 from the
  gazette corpus.  First pass on main @ ada283e: 0.872 / 0.78 / 0.72 (tasks found 0.94).  Misses:
  a 'Thực hiện ...;' preamble clause before the assigning sentence (2 rows: task not found), 'Điều
  4. ... chịu trách nhiệm thi hành' as a whole article (not found), a subject after a long time
  clause ('trong vòng 5 ngày ..., Bộ Tài chính thực hiện'), a reported frame 'X vừa (ban hành
  công văn / có văn bản / ban hành chỉ thị) yêu cầu Y' (the reporter or issuer taken for the
  office, 3 rows), a body whose name holds commas ('Ban Chỉ huy ƯPVBĐKH, PCLB & TKCN Công an
  các đơn vị, địa phương') split in three (2 rows), a newspaper name ('Báo Khánh Hòa')
  missed, 'các bộ, ngành nêu trên' in an object taken for the subject, and 6 leads given to X in
  'yêu cầu / giao / X có nhiệm vụ phối hợp với Y' where the session-6 scope convention said null
  (the session-8 lead convention above makes X the lead: those rows now say so).
  After the session-9 fixes (tuned on): 0.968 / 0.90 / 0.94.
- batch 9 (101 rows, session 9), blind, annotated before chidao ran on it: NQ 66.25/2026/NQ-CP
  (ministries' duties moved after the 2025 merger; OCR text, letter errors corrected), QĐ 05/2025/QĐ-
  TTg (a council's regulation: 'N. Nhiệm vụ, quyền hạn của X:' over a)-g)), QĐ 3276/QĐ-BYT 2025, NĐ
  151/2025/NĐ-CP (two-level local government: UBND cấp xã, Chủ tịch UBND cấp xã, cơ quan có chức năng
  quản lý đất đai cấp xã), gazette closings and relative agents (NQ 66.17/2026, TT 148/2025, NĐ
  133/2026, TT 03/2023, NĐ 12/2022, NQ 25/2026, NĐ 111/2022), and public pages printing or reporting
  provincial, district, Party and Front directives (Bình Định, Tứ Kỳ, TP.HCM, Khánh Hòa, Tây Ninh,
  Hà Giang, Nghệ An, Đồng Nai, Hóc Môn, Yên Lạc, Phú Lộc).  First pass on main @ 6f3a7d5: 0.819 /
  0.69 / 0.83 (found 0.94); 0.839 / 0.73 / 0.87 once seven rows hold their article from its title
  (a harness matter: the excerpt had started at item 5 of 'Điều 4').  Misses: conditions ('Khi /
  Trường hợp ... thì X <unknown verb>'), 'X vừa có văn bản ... yêu cầu Y' (issuer taken), a
  'Thực hiện ...;' clause before the assignment (task lost), 'hoàn thành trước thời điểm hết hiệu
  lực ...' read as a law's status (task lost), titles dropped ('Chánh Văn phòng', 'Chủ tịch UBND cấp
  tỉnh' after a 'của' qualifier), lists cut by a qualifier, official names with commas, Party kinds
  ('tổ chức đảng', 'đoàn thể', 'chính quyền').  After the session-9 fixes (tuned on): 0.931 / 0.87
  / 0.95.
- batch 10 (37 rows, session 9), blind, annotated after the batch-9 fixes: education-sector and
  provincial letters as pages report them (Nghệ An, Hải Phòng, Hà Nội, TP.HCM, Bà Rịa - Vũng Tàu,
  Yên Bái, Hải Dương, Chương Mỹ), Government and ministry texts (QĐ 1944/QĐ-TTg, Công văn 456/UBDT,
  TB 1531/TB-BNV, NĐ 153/2026, NĐ 131/2026, TT 14/2026, TT 7/2026, TT 28/2026, TT 50/2026, VBHN
  19/2026).  First pass with the batch-9 fixes: 0.868 / 0.68 / 0.78 (found 0.97) -- and the same on
  main @ 6f3a7d5: the batch-9 fixes carried nothing to it again.  Misses: role names of schools
  ('hiệu trưởng các trường THPT chuyên và trường THPT có lớp chuyên', 'Các thủ trưởng các cơ sở giáo
  dục sử dụng làm điểm thi'), a condition's own noun lists before the subject, contract parties
  ('các bên tham gia hợp đồng'), relative agents ('cơ quan chủ trì thực hiện kế hoạch ...'), 'xã Hòa
  Chính' in running text, 'các quận huyện'.  After fixes found on it (tuned on): 0.909 / 0.78 / 0.86.
- batch 11 (58 rows), blind, annotated after the batch-9/10 fixes and never tuned on (in NEVER_TUNED):
  a Sở GDĐT letter with 'Kính gửi' and items by body (Đồng Tháp 3326/SGDĐT-GDPT 2026, printed in a public
  app's data file), execution clauses and lead-ins naming role holders (Gia Lai, TP.HCM, Hà Tĩnh, Bộ GD&ĐT),
  Party and Front directives (Tỉnh ủy Lạng Sơn, Bộ Chính trị as VOV reports it, Ban Tổ chức Trung ương 2025,
  UBMTTQ Hải Phòng 2025, Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu), a district's rules (Cát Tiên) and case
  assignments (Mộ Đức), and pages reporting provincial and ministry letters (Đắk Nông, Phú Yên, Quảng Nam,
  Bạc Liêu, Bà Rịa - Vũng Tàu, Hưng Yên, Hải Dương, Hà Nội, Quảng Trị, TP.HCM, Bộ Y tế, Bộ GD&ĐT).  First
  pass on main @ c80532d: 0.817 / 0.59 / 0.74 (found 0.93).  Misses: 'UBND tỉnh (cũng) chỉ đạo X <verb>'
  with the issuer as subject (the issuer taken, X dropped: 2 rows) and a reported 'đã ban hành QĐ ...; giao
  X chủ trì' (issuer added), role names cut or split ('Giáo viên được phân công', 'Giám đốc Sở Giáo dục,
  khoa học và công nghệ Bạc Liêu', 'Thủ trưởng các ban ngành, đơn vị cấp tỉnh', 'Hiệu trưởng trường Đại
  học ...' missed), partners that are people ('cha mẹ/người đại diện', 'phối hợp' without 'với'), Front and
  Party bodies ('MTTQ các cấp' after a person's name, 'MTTQVN tỉnh', 'ban thường vụ các tỉnh ủy, thành ủy'
  split, a relative-qualified 'Tỉnh, thành ủy nơi ...' lead, the last of a Party list), co-equal plural
  subjects before 'phối hợp với' or after an opening clause, bare 'các sở' / 'Nhà trường', a commune list
  with 'đặc khu' rewritten, an item '2. Phân công bộ phận ...' under 'X có trách nhiệm:' (object taken), a
  reward clause read as a task, four sentences not found as tasks (a condition with 'không tự ...', 'Bên
  cạnh đó, từ nay đến cuối năm, ... cần', 'Tiếp tụcchỉ đạo' as printed, 'Đối với X, phấn đấu ...').
  After the session-9 fixes (tuned on, from the misses above: the issuer as its own subject, plural
  Party organs, the school and bare 'các sở', an opener 'Song song đó'): 0.880 / 0.71 / 0.84.
- batch 12 (84 rows, session 9), annotated blind before chidao ran on it: central-government and
  ministry texts -- the 'Trách nhiệm của X' articles and plan items ('- Đơn vị chủ trì: ...') of NQ
  175/NQ-CP 2023, the action programme of NQ 105/NQ-CP 2026, QĐ 982/QĐ-TTg 2026 with its annex table
  (cell after cell), closings of NQ 109/NQ-CP, NQ 17/19/24/2026/NQ-CP, the programme of action of QĐ
  59/QĐ-BTNMT 2024 (its Tổ chức thực hiện, a relative agent 'Đơn vị được phân công ... có trách
  nhiệm', a Markdown annex table with a second header row 'Chủ trì | Phối hợp'), and reported
  directives (QĐ 1022/QĐ-TTg, a PM assignment on a university, Chỉ thị 07/CT-TTg, UBND tỉnh Long An,
  phiếu trình of Văn phòng UBND TP Hà Nội, Sở Y tế Phú Thọ).  48 rows come from NQ 175, NQ 105 and QĐ
  982, whose excerpts are gold c1-c4 in samples/gold: they are marked ``seen`` (found only after the
  first run).  The 20 rows of NQ 175's Điều 2 hold the article from its title down as the gazette
  prints it (hard line wraps; a lone '5. Trách nhiệm của ...' under 'I.' is no list item to
  structure).  First pass on main @ 36abed7: unseen rows 0.859 / 0.64 / 0.83 (found 0.94); seen rows
  0.967 (excerpts) / 0.986 (article context); all 0.923 / 0.79 / 0.86 as first written.  Misses: 'Tổ
  chức nguồn lực ...' (an item opening on the verb 'tổ chức') read as a body, 'các đồng chí Lãnh
  đạo Bộ theo lĩnh vực ...', 'các đơn vị trực thuộc Bộ định kỳ 6 tháng/lần' split, a newspaper
  ('Báo TN&MT'), a relative agent heading items without its colon, a dash-list table cell and a
  second header row, 'Người đứng đầu ... được xem xét loại trừ trách nhiệm' (no duty) read as a task,
  two reports asked by a Sở that open on 'Căn cứ ...'.  After the session-9 fixes (tuned on):
  0.968 / 0.90 / 0.92.
- batch 13 (54 rows, session 9), annotated blind after the session-9 fixes (in NEVER_TUNED until
  the lead's merge took one of its misses, below): articles 'Trách nhiệm của X' and closings of NĐ 233/2025/NĐ-CP (social-insurance
  finance), QĐ 28/2026/QĐ-TTg (APEC business card), TT 81/2025/TT-BCA, TT 05/2024/TT-BLĐTBXH and NĐ
  137/2026/NĐ-CP, as the gazette prints them (whole articles, hard line wraps).  First pass with the
  session-9 fixes 0.817 / 0.76 / 0.80 -- main @ 36abed7 reads 0.827 / 0.78 / 0.81: the fixes carried
  nothing, and one (a time adverbial ending a list, 'trước ngày ...') cost a row; with that part of
  the rule taken back the branch reads 0.827 / 0.78 / 0.81, as main.  Misses: numbered sub-headings
  'N. Trách nhiệm của Bộ X:' under an article naming several ministries (a body in the item's content
  taken), 'Các Bộ trưởng: Tài chính, Nội vụ, ...' not distributed, article titles wrapped over two to
  four lines ('Điều 24. Trách nhiệm của bộ, cơ quan ngang bộ, ...' read as 'Tổ chức'), 'Công an đơn
  vị, địa phương' split (as in batch 3), 'cán bộ, chiến sĩ Công an nhân dân' as a heading's holder,
  the minister's title and the ministry both listed.  At the merge the lead distributed 'Các Bộ
  trưởng: X, Y' over the ministries' fields (tests/test_offices_ministers9.py): 0.865 / 0.78 / 0.83, so
  batch 13 is tuned on from then.
- batch 14 (109 rows, session 10), annotated blind before chidao ran on it, from public pages of
  every level: commune and ward letters and notices (Krông Bông, Thanh Bình, Chợ Đồn, Châu Thành,
  Long Biên and its wards, Phúc La, Cự Khối), district and province letters and công điện as the
  press reports them (Ninh Thuận, Bình Định, Tuyên Quang, Hà Giang, Hà Tĩnh, Quảng Trị, Đắk Nông,
  Bến Tre, Lai Châu, Thanh Hóa, Phú Yên, Quảng Nam, Gia Lai), Party committees (huyện ủy Nam Giang,
  Trần Văn Thời, Hàm Thuận Nam, Tỉnh ủy Bình Thuận, Thái Nguyên, Tây Ninh, Bộ Chính trị conclusions),
  the Front and mass organisations (MTTQ xã Trường Đông, Hội Nông dân Đông Hưng), ministries and
  their services (Chính phủ sessions, Bộ Công an, Tổng cục Thuế, Bộ CHQS tỉnh, Bộ NN&PTNT, Bộ Y tế).
  Rows from pages that fellow helpers took as gold this session were left out; a few documents
  are also in deadline_phrases (a different question of them).  First pass on main @ e62e73a:
  0.770 / 0.64 / 0.75 as first written (found 0.91); after bringing three lists in line with the
  batch-9 convention ('các cấp ủy, tổ chức đảng' is two co-equal offices, no lead) main reads
  0.767 / 0.63 / 0.77.  Misses: a speaker's 'yêu cầu, X cần ...' / 'yêu cầu: Thời gian tới, X ...' /
  'nhấn mạnh, X cần ...' (the clause after the comma names whom it asks), a reported document's
  'chỉ đạo X' and 'gửi X, đề nghị <verb>', forces named by their service ('lực lượng TTĐT'),
  'Công an (các) đơn vị, địa phương' split, a leading quote, unknown verbs after a subject
  ('lắng nghe', 'tập trung lãnh đạo'), shared heads over lists ('trung tâm y tế các huyện, thành
  phố, thị xã', 'các huyện, thành ủy', 'Chủ tịch UBND TP Thủ Đức, các quận, huyện'), sentences not
  found as tasks ('Qua đó, ..., MTTQ xã sẽ chủ trì ...', 'đã có công điện khẩn chỉ đạo X ...',
  'Căn cứ ..., yêu cầu X ...', an item '1.' printed without its full stop).  After the session-10
  fixes (tuned on): 0.818 / 0.71 / 0.84.  Harness fixes after the first pass: two targets (a
  'Điều 2.' line holding two sentences, an item labelled '2-') and one row dropped (a lead-in whose
  items the page cut off).
- batch 15 (43 rows, session 10), annotated blind after the batch-14 fixes: ministries and their
  services (Bộ GTVT, Sở GTVT Hà Nội, NHNN and its branches, Tổng cục Hải quan, Bộ Tài chính),
  city and district leaders as the press reports them (TP.HCM, Hà Nội, Đà Nẵng, Tứ Kỳ, Hiệp Hòa,
  Lạng Sơn, Quảng Trị), Party committees (Càng Long, Kim Thành, Định Hóa, Quảng Ngãi, Ban Dân vận
  Đồng Nai), an election committee of a commune.  First pass with the batch-14 fixes: 0.808 /
  0.56 / 0.65 -- main @ e62e73a reads 0.790 / 0.51 / 0.63: the batch-14 fixes carried +0.02 F1 and
  +0.05 rows exactly right.  Misses: the issuer's head named with his own name or an adverb
  ('Chủ tịch UBND TP cũng chỉ đạo X', 'Ông Nguyễn Đức Chung cũng giao X'), 'vừa' before the ask
  verb, acronym bodies ('các NHNN chi nhánh tỉnh', 'Sở giao dịch NHNN'), openers the finder does
  not know ('Qua thời gian ...,', 'Do đó để ...,'), 'được yêu cầu' (passive), typos as printed
  ('Chủ tích').  After three fixes found on it (tuned on): 0.835 / 0.60 / 0.70.
- batch 16 (87 rows, session 11), annotated blind before chidao ran on it: gazette texts of kinds and
  years little used (VBHN 716/VBHN-BLĐTBXH with its 'N. Trách nhiệm của Cục X:' sub-headings over a)-h),
  TT 17/2022 and TT 14/2022/TT-BLĐTBXH ('Trách nhiệm của X' articles, a bare 'Bộ, ngành có liên quan'
  heading), NQ 15/2026/NQ-CP ('1. Các Bộ: Y tế, Công Thương, ...' over items, 'a) Bộ Y tế: ...',
  'phối hợp với các Bộ: ...'), NQ 126/2026/NQ-CP ('2. Giao Bộ X:' over items), QĐ 225/QĐ-BLĐTBXH,
  QĐ 1205/QĐ-BKHĐT, TT 04/2023, TT 05/2022, TT 18/2023/TT-BLĐTBXH (bodies after long time clauses),
  TT 10/2024/TT-BKHĐT, VBHN 2092 ('1. Tổng giám đốc có trách nhiệm:')), and public pages of every
  level (Tỉnh ủy Thừa Thiên Huế, Huyện ủy Đức Phổ, UBND huyện Cái Nước, Phước Sơn, Đô Lương, UBND TP
  Hà Nội and TP.HCM (QĐ 6904/1995, 'Điều 2.-'), Công an quận 11, Bộ Công Thương and its market
  surveillance, Bộ Công an, Công an Thanh Hóa, the Prime Minister's Công điện 161, QĐ 07/2013/QĐ-TTg,
  UBMTTQ Bình Định, Hà Nội and Nghệ An, Sở Nội vụ Hà Nội, Công văn 03/CV-BCĐ 2025).  First pass on
  main @ c573ab8: 0.768 / 0.70 / 0.80 (found 0.95).  Misses: long closing lists before 'chịu trách
  nhiệm thi hành' (> 220 characters, 'Thống đốc' unknown: 3 rows, 22 offices), 'Danh mục văn bản ...
  hết hiệu lực' read as a law's status (2 tasks lost), 'Điều 2.-', 'Thực hiện ..., X đã có Điện chỉ
  đạo số N yêu cầu Y', an official named with his posts after a dash, 'phối hợp chặt chẽ, kịp thời
  với Y', 'các ban của Tỉnh ủy', 'các Cục QLTT địa phương' split, 'Tổng giám đốc' and 'Kiểm soát
  viên', 'Các tỉnh được hỗ trợ kinh phí sẽ phải có trách nhiệm', 'theo yêu cầu của <bodies>' read as
  the lead, 'Căn cứ nhiệm vụ được Chính phủ, Thủ tướng Chính phủ phân công, ...' (the past assigner
  taken), lower-case names ('bộ công an'), an item naming its own subject under 'Giao X:'.  After the
  session-11 fixes (tuned on): 0.922 / 0.84 / 0.90.
- batch 17 (47 rows, session 11), annotated blind after the batch-16 fixes: VBHN
  03/VBHN-BTC, VBHN 1546 and 3305/VBHN-BLĐTBXH, NĐ 156/2026/NĐ-CP, TT 07/2024/TT-BLĐTBXH, and pages
  of the Thị ủy Cửa Lò, Ngã Bảy, Thành ủy Tuy Hòa, Bắc Kạn, UBND TP Hà Nội, Bộ GTVT, Tổng cục and
  Cục Đường bộ, UBND huyện Núi Thành.  First pass: main @ c573ab8 0.796 / 0.68 / 0.72 (found 0.91);
  the session-11 code the same, 0.796 / 0.68 / 0.72 -- the batch-16 fixes carried nothing to it
  (its misses are other shapes: paragraphs of a page without a full stop run into one task (2
  rows), 'vừa có văn bản gửi X yêu cầu <verb>' without a comma, 'X có công văn gửi Y đề nghị
  <verb>' (the sender taken), 'Bộ (cũng) chỉ đạo X' with the bare 'Bộ', 'đền nghị' as printed,
  numbered items '4.4' / a closing list's 'Thủ trưởng các đơn vị quản lý nhà nước thuộc Bộ ...'
  cut, 'các cấp ủy, chính quyền' as one, a subject 'Tổ quản lý do X làm tổ trưởng, có nhiệm vụ').
  Then tuned on for three of its shapes (the comma before a sent letter's ask left out, a linking
  opener 'Bên cạnh đó / Qua đó,' before a body that asks now, the bare 'Bộ' / 'Sở' of a ministry's
  or department's own page as the issuer): 0.854 / 0.74 / 0.79.
- batch 18 (36 rows, session 11 round 2), annotated blind: press and portal pages (Bộ Công an and
  the Prime Minister as the press reports them, Hà Nội construction and brick kilns, Tổng cục Thuế
  on sand mining, Tỉnh ủy directives, commune and district portals) and portal prints of
  provincial decisions (Lào Cai 44/2007, Thanh Hóa 774/2024, Vĩnh Long 1121/2022, Bắc Ninh 84/2007,
  QĐ 1701/QĐ-TCT).  First pass: main @ 45cb8d9 0.889 / 0.78 / 0.83 (found 0.94).  Its misses: 'Bộ
  trưởng Tô Lâm chỉ đạo X' (the named minister taken, 2 rows), 'Công an một số địa phương' cut, a
  letter's list of addressees after 'gửi' with ';', an item '2/ X tham mưu ...' not found, 'đối với
  ..., thì X khẩn trương', 'đề nghị các nơi', 'Văn phòng Bộ Công an ... yêu cầu Giám đốc Công an
  TP.HCM' not found.  Then tuned on (with the shapes of batches 16-17 the lead listed: the
  named minister, 'Tổ X do <người> làm tổ trưởng', 'các cấp ủy, chính quyền', 'Cục X, Bộ Y',
  lower-case heads after an opener, web paragraphs without a stop): 0.930 / 0.83 / 0.86 (tuned on).
  Then 7 carry-over rows (ids ob18-c01..c07, annotated blind AFTER those fixes, never tuned on;
  scored alone with ``--data``): main 0.632 / 0.57 / 0.43, the round-2 code the same -- no
  carry-over (misses: 'Thủ tướng Chính phủ <name> có ý kiến chỉ đạo các Bộ: Y tế, ...', a
  conditional 'đơn vị nào ... thì X sẽ tham mưu', 'đề nghị: 05 đơn vị ...' after a named official,
  'các cơ quan, đơn vị, thôn, tổ dân phố' read as two).
- batch 19 (62 rows, session 12; 2 rows from the Liên Sơn letter, gold yf1, are marked ``seen``; 2 more from a
  page a fellow helper took as gold this session were dropped), annotated blind before chidao ran on it: press and portal pages of every
  level not used before (the Prime Minister's and a Deputy Prime Minister's telegrams and letters as the press
  reports them, the central flood committee, Bộ GD&ĐT, NHNN, Bộ Tài chính, Thanh tra Bộ TN&MT, Ban Chỉ đạo
  389/127, UBND TP.HCM and Hà Nội, provinces, districts, communes, a ward Front, Party committees) and
  gazette articles of TT 02/2024/TT-BKHĐT and TT 07/2023/TT-BLĐTBXH.  First pass on main @ 703b604, the 60
  unseen rows: 0.823 / 0.72 / 0.78 (found 0.93).  Misses: a topic before an ask that names no one ('Riêng các bộ Công an, ...;
  UBND TP.HCM, Thủ tướng yêu cầu có báo cáo ...', 'Về phía các TCTD, Phó Thống đốc yêu cầu ...'), a
  sentence-opening 'Theo chỉ đạo của Thủ tướng, X ...' (the whole sentence masked), 'đề nghị: Đối với
  các tỉnh từ X đến Y phải ...', 'UBND các tỉnh Bắc Trung bộ và Bắc bộ' (a region's 'bộ' read as a
  ministry), 'gửi X yêu cầu “...”' (a quoted ask), 'chỉ đạo giao X', 'Thị ủy X' unknown, 'Cơ quan Thanh
  tra, Giám sát Ngân hàng' cut at its comma, 'Căn cứ chức năng, quyền hạn ..., X chủ động ...' read as the
  legal basis, past reports 'X đã chỉ đạo / đã giao Y ...' not read as tasks (3 rows, left: the gold
  documents read such reports as no task).  After the session-12 rules (tuned on): 0.940 / 0.85 / 0.90.
- batch 20 (17 rows, session 12), annotated blind after the batch-19 rules: press and portal pages (Quảng
  Ngãi and Gia Lai on fuel, a district's letter with items, Tỉnh ủy Thừa Thiên Huế, a district Front, Bộ
  NN&PTNT, UBND TP Hà Nội, UBND tỉnh Ninh Bình, a legal database's school rules).  First pass: main
  0.885 / 0.65 / 0.65, the batch-19 code the same -- no carry-over.  One gold row (ob20-003, 'Đồng thời
  chỉ đạo lực lượng quản lý thị trường ...') was then corrected to ANNOTATION.md's rule ('in "Chỉ đạo X
  ..." X is not listed'): both 0.902 / 0.71 / 0.71.  Then tuned on for a passive assigner ('Sở Nội vụ
  được UBND tỉnh giao phối hợp với ...') and 'các đơn vị quản lý cửa khẩu': 0.923 / 0.76 / 0.76.
- batch 21 (42 rows, session 12 round 2), annotated blind before chidao ran on it: press and portal pages
  not used before (provincial decisions' execution articles from Sơn La, Hưng Yên, Gia Lai, Thái Bình, a
  province's and a city's letters, the central disaster office's notices, Bộ Y tế, Tổng cục Thuế, a school's
  Đội plans, a district police chief, a provincial chairman's telegram, a thị xã's Chỉ thị lead-in, press
  quotes) and TT 08/2024/TT-BLĐTBXH (corpus).  First pass: main @ cb131c2 0.882 / 0.69 / 0.79 (found
  0.93); the session's start @ 703b604 0.888 / 0.71 / 0.81 (one row, 'Công an 4 huyện và các xã ...',
  split by the batch-19 rules: -0.006 carried over).  Misses: 'các lớp' / 'Các tỉnh, thành Đoàn' not
  known as doers, 'yêu cầu X chỉ đạo, phân công Y' giving Y, 'X có quyền ...' read as a duty, 'mong muốn
  X ...', 'Theo đó, ngành khuyến nông (KN) cần ...', partners of 'phối hợp' listed with ';', 'người đứng
  đầu cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập' cut at its comma, a thị xã chairman's 'Chỉ thị
  X' lead-in, a quoted charge, a time opener's '3 lực lượng'.  After the round-2 rules (tuned on):
  0.924 / 0.81 / 0.90; the 1578 older rows unchanged (0.941, no row differs).
- batch 22 (12 rows, session 12 round 2), annotated blind after the batch-21 rules, never tuned on: press
  and portal pages (Hà Nội's karaoke letters, Lạng Sơn's border notice, Đồng Nai, a law firm's copy of a
  Bộ LĐ-TB&XH letter, press leads with no addressee).  main @ cb131c2 0.786 / 0.58 / 0.58, the batch-21
  code the same -- no carry-over.  Misses: 'Huyện Đông Anh kiểm tra, đôn đốc ...' (a district by its name
  as the subject), 'Quốc hội / Thủ tướng yêu cầu <verb> ...' with no addressee read as the asker or as
  the noun 'Tổ chức', 'gửi các sở, ngành, quận, huyện yêu cầu' split, the issuer's own 'sẽ chỉ đạo X'.
- batch 25 (30 rows, session 14, crf14's carry-over batch), annotated blind before
  chidao ran on it: Chi cục Kiểm lâm Khánh Hòa and Ninh Thuận, Tổng cục Lâm nghiệp, Cảng vụ Hàng hải
  TP.HCM and Bình Thuận, Cục Hàng hải và Đường thủy, Bộ Xây dựng, Bộ CHQS Kon Tum, schools' notices,
  Sở GD-ĐT TP.HCM as the press reports them, and two gazette closings (TT 25/2026/TT-BKHCN, TT
  08/2023/TT-BKHĐT).  main @ a7f58bc 0.744 / 0.53 / 0.63 (found 0.93), the same with the learned
  fallback: misses are regulated parties and people ('Chủ tàu, thuyền trưởng và đại lý được yêu cầu',
  'Thuyền trưởng các tàu thuyền', 'giáo viên và phụ huynh', 'quý phụ huynh').
- batch 28 (13 rows, session 14, crf14's second carry-over batch),
  annotated blind after the branch's last change: Cục Hải quan's urgent letter 37959/CHQ-VP, the Prime
  Minister and a Deputy Prime Minister on border gates, tỉnh Lạng Sơn, Chi cục Kiểm lâm Hà Nội, the
  contract model of TT 09/2026/TT-BNV.  main @ a7f58bc 0.848 / 0.62 / 0.62 (found 0.85), the branch the
  same.  Misses: 'Cục ... đã ban hành Công văn hỏa tốc ... chỉ đạo X khẩn trương ...' and the 'Theo đó,
  lực lượng hải quan thực hiện ...' after it not found as tasks, 'chỉ đạo các hạt kiểm lâm: Ba Vì, ...',
  a contract party after a 'Trường hợp ... mà không do lỗi của người lao động,' condition.
- batch 29 (38 rows, session 15, office15's first-pass batch), annotated blind before chidao ran on it:
  press and portal items of 2013-2025 (the Prime Minister's conclusions for TP HCM, his telegrams on the
  elections and on key projects, Bộ GTVT's Chỉ thị, Bộ GD&ĐT and the Sở GD-ĐT of TP.HCM and Hà Nội on
  school security, Bình Thuận on forest fires, tag pages on site clearance).  main @ 442a7eb 0.617 / 0.39
  / 0.45 (found 0.97).  Misses: a city or province by its name asked or as the subject with a duty ('Thủ
  tướng yêu cầu TPHCM ...', 'TP HCM cũng phải ...', 'Thành phố còn phải ...'), regulated parties the
  gazetteer does not know ('trường học', 'ban QLDA', 'các chủ đầu tư, nhà đầu tư, ban quản lý dự án
  cần ...' after 'Chỉ thị cũng nêu rõ,'), forces ('lực lượng an ninh các cấp'), the speaker taken when
  'X chỉ đạo Y' or no addressee ('Thủ tướng chỉ đạo tổ chức ...').  After the office15 rules (tuned on):
  0.762 / 0.61 / 0.66.
- batch 30 (23 rows, session 15, office15's carry-over batch), annotated blind after the branch's rules:
  pollution letters of UBND TP.HCM as the press retells them, flood telegrams (Prime Minister, Hà Tĩnh),
  Bộ Y tế's Chỉ thị 02, a district's conscription ceremony, Thanh Hóa's militia scheme.  main @ 442a7eb
  0.700 / 0.48 / 0.48 (found 0.91), the branch the same (none of its rows holds the classes the rules
  read).  Misses: 'UBND TPHCM (vừa) chỉ đạo Y ...' giving the issuer, a Deputy Prime Minister who 'ký ban
  hành Công điện ... yêu cầu Y', 'X vừa được UBND TP giao chủ trì, phối hợp với ...', 'TP lưu ý, ...,
  giám đốc Sở Xây dựng phải ...', a subjectless 'Chịu trách nhiệm ...' after its body's paragraph.
- session 15 round 2 (office16): the 'Chỉ đạo X' rule of ANNOTATION.md applied to the issuer (or its
  head) retold in the third person ('UBND tỉnh (vừa có văn bản) chỉ đạo Y ...', 'Chủ tịch UBND huyện X chỉ
  đạo Y ...', 'Thủ tướng chỉ đạo Y ...'): "in 'Chỉ đạo X ...' the issuer directs X, and X is not listed" and
  "Empty list when no one is named (the issuer itself acts)".  34 rows that listed Y were emptied
  (ob11-031, ob11-033, ob14-012, ob14-045, ob14-048, ob14-083, ob15-015, ob15-018, ob15-020, ob15-028,
  ob15-039, ob16-008, ob16-085, ob17-040, ob17-042, ob18-006, ob18-008, ob18-019, ob19-001, ob19-012,
  ob19-037, ob22-012, ob23-007, ob24-011, ob26-005, ob26-006, ob28-001, ob28-009, ob29-001, ob29-008,
  ob29-034, ob30-008, ob30-011, ob30-023) and one that listed the body directed by a non-issuer
  director now lists the director (ob23-005, 'Ban chỉ đạo huyện'); each keeps the old offices in its
  ``note``.
- batch 31 (9 rows, session 15 round 2, office16's carry-over batch), annotated blind after the
  branch's rule: press items on the Prime Minister's letters, telegrams and Chỉ thị, UBND tỉnh Sơn La's
  and Quảng Nam's letters, a headline with no final stop, a party head speaking.  main @ e5b68c7
  0.750 / 0.56 / 0.67 (found 0.78), the branch 0.783 / 0.67 / 0.78 (the headline 'Phó Thủ tướng chỉ đạo
  các Bộ ...' gives no office).  Misses: 'VTV.vn - Trưởng Ban ... yêu cầu ...' (the site's tag glued to
  the speaker), 'Bộ VHTT có trách nhiệm phối hợp với ...' (the subject dropped), a headline with no
  stop whose addressees follow in 'Đó là chỉ đạo của UBND tỉnh đối với X'.
- batch 32 (24 rows, session 16, office17's carry-over batch), annotated blind after the branch's rules
  (owners and keepers, honorifics, an agent inside the object, 'các sở, ngành' directing): press and
  portal items of 2019-2025 on fire safety (Hà Nội, TP.HCM), floods and reservoirs (the Prime Minister's
  and the central steering committee's telegrams, a district's orders), storms and boats (Bình Thuận,
  Khánh Hòa, Quảng Ninh, Bộ Nông nghiệp và Môi trường).  main @ 26da796 and the branch both 0.743 / 0.62
  / 0.71: no carry-over (the rows hold none of the classes the rules read).  Misses: 'Trong những ngày
  tới, các Bộ, ngành, địa phương cần ...' and 'Sau bão, các đơn vị phải ...' (no office after a time
  opener), a partner after 'chỉ đạo ..., phối hợp chặt chẽ với', the second of 'các chủ tàu, thuyền
  trưởng', 'huy động X phối hợp với Y' (X lost), 'đề nghị UBND các tỉnh, thành phố A, B, C' (the speaker
  taken), 'yêu cầu X ...; đồng thời giao Y, Z' (the second clause's bodies lost), the parties to be
  informed ('để người dân, chủ tàu thuyền, chính quyền địa phương biết') read as offices, 'Các địa
  phương' given to a topic-fronted 'UBND TPHCM yêu cầu tập trung kiểm tra' with no addressee.
- session 22 (office26): an exact-name count is printed beside F1 (``benchmarks/office_exact.py``): the gold
  offices the output names exactly (the scorer's normalisation, a leading 'các' aside) and those F1 accepts only
  by containment, a name cut or run on.  Batch 48 (15 rows, office26's carry-over, annotated blind after its
  rules): model working regulations and a ministry department's organisation (titles as subjects), a
  civil-defence committee's rules, a consolidated law's duty list, district meeting conclusions, a portal's
  retold directing.  START (6d397464) and the branch both 0.846 / 0.73 / 0.73.
The honest estimate for sentences of kinds not seen is the blind number of the latest batch
(0.743 / 0.743 on batch 32 (office17 / main), 0.783 / 0.750 on batch 31 (office16 / main), 0.700 on batch 30, 0.617 on batch 29, 0.786 on batch 22, 0.882 on batch 21's first pass, 0.885 on batch 20's first pass, 0.82 on batch 19's first pass, 0.89 on batch 18's first pass, 0.80 on batch 17's first pass, 0.77 on batch 16's, 0.81 on batch 15's first pass, 0.77 on batch 14's, 0.83 on batch 13's first pass, 0.86 on batch 12's unseen rows, 0.82 on batch 11's first pass, 0.87 on batch 10, 0.84 on batch 9, 0.87 on batch 8, 0.86 on batch 7, 0.83 on batch 6,
0.88 on batch 5, 0.97 on batch 3, 0.89 on batch 2): add a batch before the next change and record
its first numbers.

Row data are annotations, not output: the builder of the first rows (mining the corpus for
assignment frames, then reading each against the guide) is not kept; each row names its source.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import Config  # noqa: E402
from pipeline.eval import office_match  # noqa: E402
from pipeline.extract import extract_tasks  # noqa: E402
from pipeline.extract.offices import gazetteer_path, load_gazetteer  # noqa: E402
from pipeline.model import Document, lines_from_text  # noqa: E402
from pipeline.structure import structure  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from office_exact import ExactCount  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "office_spans.jsonl"
# batches annotated after the last fixes and never used to find faults: their numbers are the estimate
NEVER_TUNED = {3, 22, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68}  # (68: session 34, office47's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 67: session 32, points33's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 66: session 32, office44's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 65: session 32, office43's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 64: session 31, office42's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 63: session 31, office41's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 62: session 31, office40's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 61: session 30, office39's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 60: session 30, office38's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 59: session 29, office37's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 58: session 29, office36's carry-over batch, annotated blind before its rules and before chidao ran on it, scored START and branch, never tuned on; 57: session 28, office35's carry-over batch, annotated blind before its rules, scored START and branch, never tuned on; 56: session 28, office34's carry-over batch, annotated blind BEFORE the branch's rules and before chidao ran on it, scored START and branch, never tuned on; 55: session 27, office33's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 54: session 26, office32's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 53: session 25, office31's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on (but for one row's class, ob53-002's 'đồng thời, yêu cầu X', which the lead's part asked office32 to take up in session 26); 52: session 24, office30's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 51: session 23, office29's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 50: session 23, office28's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 49: session 22, office27's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 48: session 22, office26's carry-over batch, the same; 45: session 20, office24's carry-over batch, annotated blind after its rules, scored START and branch, never tuned on; 22: session 12 round 2, annotated blind after the batch-21 rules, never tuned on; 21: session 12 round 2, blind first pass recorded, then tuned on; 19, 20: session 12, blind first passes recorded, then tuned on; 18: session 11 round 2, blind first pass recorded, then tuned on; 17: session 11, annotated blind after the batch-16 fixes, first pass recorded, then tuned on for three misses); (8-10 blind first and tuned on in session 8; 11 and 12 tuned on in session 9; 13 annotated after, then tuned on for one miss at session 9's merge; 14 and 15 blind first, then tuned on in session 10)

HEAD = """{issuer}
Số: 15/VB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 3 năm 2026

{doc_type}
Về việc tổ chức thực hiện các nhiệm vụ

I. TỔ CHỨC THỰC HIỆN
"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. {short}
Nguyễn Văn An
"""

# (an article's number too: 'Điều 3. Các Bộ trưởng ... chịu trách nhiệm thi hành Quyết định này.' is
# one task whose text starts after 'Điều 3.')
_LABEL_RE = re.compile(r"^\s*(?:[-+*•]\s*|\d+(?:\.\d+)*\s*[.)]\s*|[a-zđ]\)\s*|[IVX]+\.\s*|Điều\s+\d+[a-zđ]?\s*[.:]\s*)")
_WORD_RE = re.compile(r"[^\W_]+(?:[-/&][^\W_]+)*")


def _words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(s)]


@dataclass
class Row:
    id: str
    source: str
    frame: str
    level: str
    issuer: str
    doc_type: str
    text: str
    target: str | None
    offices: list[str]
    lead: str | None
    seen: bool
    batch: int = 1  # 1, 2, 4-15: blind batches tuned on afterwards; 3: annotated after all fixes, never tuned on
    note: str = ""  # why a row was revised after its blind pass (office16: the 'Chỉ đạo X' rule)
    # results
    found: bool = False
    got: list[str] = field(default_factory=list)
    got_lead: str | None = None
    hit_gold: int = 0
    hit_pred: int = 0
    exact: bool = False
    ok_lead: bool = False


def load(path: Path = DATA) -> list[Row]:
    return [Row(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def document_text(row: Row) -> str:
    short = row.issuer.split("\n")[-1]
    head = HEAD.format(issuer=row.issuer, doc_type=row.doc_type)
    if re.match(r"\s*Điều\s+\d", row.text):
        # an excerpt that opens at an article ('Điều 4. Phân cấp cho Sở Y tế ...') stands where the
        # decision's articles stand, not under a roman section: after 'I. TỔ CHỨC THỰC HIỆN' an
        # 'Điều 4' that no 'Điều 1-3' precedes continues no sequence, and its clauses would read
        # as the section's (in the whole document articles 1-3 come first)
        head = head.replace("I. TỔ CHỨC THỰC HIỆN\n", "")
    return head + row.text + "\n" + TAIL.format(short=short)


def find_task(doc: Document, row: Row):
    """The task holding the row's sentence: the one that opens with the target's words, else the one
    whose words contain them (all of them, then the first eight).

    Why the order: with the whole list of a plan as context, an item's first words can recur
    inside an earlier item ('- Phối hợp với Bộ Lao động - Thương binh và Xã hội và Bộ Quốc phòng'
    after '- Phối hợp với Bộ Lao động - Thương binh và Xã hội xây dựng'); the item itself opens
    with them."""
    full = _words(_LABEL_RE.sub("", row.target or row.text.split("\n")[0]))
    texts = [(task, _words(_LABEL_RE.sub("", task.text))) for task in doc.tasks]
    for task, words in texts:
        if words[:len(full)] == full:
            return task
    for key in (full, full[:8]):
        n = len(key)
        for task, words in texts:
            for i in range(len(words) - n + 1):
                if words[i:i + n] == key:
                    return task
    return None


def score(row: Row, task) -> None:
    if task is not None:
        row.found = True
        row.got = [o.office for o in task.offices if o.role in ("lead", "support")]
        row.got_lead = task.lead
    gold, got = row.offices, row.got
    row.hit_gold = sum(any(office_match(g, p) for p in got) for g in gold)
    row.hit_pred = sum(any(office_match(g, p) for g in gold) for p in got)
    row.exact = row.hit_gold == len(gold) and row.hit_pred == len(got)
    if row.lead is None:
        row.ok_lead = row.got_lead is None
    else:
        row.ok_lead = row.got_lead is not None and office_match(row.lead, row.got_lead)


def run(rows: list[Row], config: Config) -> None:
    gaz = load_gazetteer(gazetteer_path(config.models_dir))
    for row in rows:
        doc = Document(doc_id=row.id, lines=lines_from_text(document_text(row)))
        doc = structure(doc, config)
        # the office reader on the sentence, whatever the genre: since session 7 a law gives no
        # task as a document (structure/genre.py: its articles are norms), but what a sentence of
        # a law ('Bộ X phối hợp với Bộ Y thực hiện ...', rows from corpus:luat-*) makes bodies
        # responsible for is read the same way in a decree or a plan, and is what this measures
        doc.tasks = extract_tasks(doc, gaz)[0]
        score(row, find_task(doc, row))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def summary(rows: list[Row]) -> dict:
    g = sum(len(r.offices) for r in rows)
    p = sum(len(r.got) for r in rows)
    hg = sum(r.hit_gold for r in rows)
    hp = sum(r.hit_pred for r in rows)
    rec = hg / g if g else 1.0
    prec = hp / p if p else 1.0
    n = len(rows)
    return {"n": n, "found": sum(r.found for r in rows) / n, "precision": prec, "recall": rec,
            "f1": _f1(prec, rec), "exact": sum(r.exact for r in rows) / n, "lead": sum(r.ok_lead for r in rows) / n}


def table(title: str, key, rows: list[Row]) -> list[str]:
    groups: dict[str, list[Row]] = {}
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    w = max(len(k) for k in groups) + 2
    out = [f"\n{title}", f"{'':{w}}{'n':>5} {'found':>6} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6} {'lead':>6}"]

    def line(name: str, rs: list[Row]) -> str:
        s = summary(rs)
        return (f"{name:{w}}{s['n']:>5} {s['found']:>6.2f} {s['precision']:>6.2f} {s['recall']:>6.2f} "
                f"{s['f1']:>6.3f} {s['exact']:>6.2f} {s['lead']:>6.2f}")

    # ('batch 10' after 'batch 9': numbers inside a key sort by value)
    for k in sorted(groups, key=lambda g: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", g)]):
        out.append(line(k, groups[k]))
    out.append(line("ALL", rows))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", default="", help="print the wrong rows of this frame, level or row id ('all' for every one)")
    ap.add_argument("--json", default="", help="write per-row results as JSON lines to this file")
    ap.add_argument("--batch", default="", help="score only the rows of this batch ('18' or 'batch 18')")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    rows = load(args.data)
    if args.batch:
        want = args.batch.replace("batch", "").strip()
        rows = [r for r in rows if str(r.batch) == want]
    run(rows, Config())
    print(f"office_spans: {len(rows)} real sentences ({sum(r.seen for r in rows)} from seen documents), "
          f"{time.perf_counter() - started:.1f} s")
    for line in table("by sentence frame", lambda r: r.frame, rows):
        print(line)
    for line in table("by level of the body", lambda r: r.level, rows):
        print(line)
    for line in table("by provenance", lambda r: "seen (dev gold documents)" if r.seen else "unseen", rows):
        print(line)
    for line in table("by batch", lambda r: f"batch {r.batch}" + (" (blind, never tuned on)" if r.batch in NEVER_TUNED else " (tuned on)"), rows):
        print(line)
    # beside F1, not instead of it: the names the scorer accepts by containment only
    exact, loose = ExactCount(), []
    for r in rows:
        exact.add(r.offices, r.got, loose)
    print("\n" + exact.line())
    if args.show:
        for g, p in loose:
            print(f"  containment only: gold {g!r} got {p!r}")
    if args.show:
        for r in rows:
            if (args.show in ("all", r.frame, r.level, r.id)) and not (r.exact and r.ok_lead):
                print(f"\n{r.id} [{r.frame}/{r.level}] {r.source}\n  {r.text[:300]!r}\n  gold {r.offices} lead {r.lead!r}"
                      f"\n  got  {r.got} lead {r.got_lead!r}{'' if r.found else '  (task not found)'}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": r.id, "frame": r.frame, "level": r.level, "found": r.found, "gold": r.offices,
                                     "got": r.got, "lead": r.lead, "got_lead": r.got_lead, "exact": r.exact,
                                     "ok_lead": r.ok_lead}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
