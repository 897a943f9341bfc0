"""Answer quality over the committed question sets (evals/), with the real pipeline.

The issue's target for questions the project has not seen is: gold answer in
the text for >= 90% of answerable questions, gold evidence in a cited
passage for >= 90%, every unanswerable question refused. The measured
figures are printed on every run (pytest -s, or in the failure message).
Where the pipeline does not reach the target yet, the assertion is a
regression floor at the measured level, named as such; README "Quality"
states the gap. Raise a floor when the pipeline improves; never lower it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

import qa
from qa import metrics, questions
from tests.conftest import ROOT


@dataclass(frozen=True)
class Quality:
    accuracy: float
    evidence: float
    refusal: float
    failures: tuple[str, ...]

    def __str__(self) -> str:
        lines = [f"accuracy={self.accuracy:.3f} evidence={self.evidence:.3f} refusal={self.refusal:.3f}", *self.failures]
        return "\n".join(lines)


def measure(path: Path, settings: qa.Settings) -> Quality:
    qs = questions.load(path)
    acc = ev = ref = 0
    failures = []
    for q in qs:
        answer = qa.ask(q.question, history=list(q.history), settings=settings)
        assert set(metrics.markers(answer.text)) == {c.number for c in answer.citations}
        if q.answerable:
            ok = metrics.contains_any(answer.text, q.answers)
            hit = any(metrics.contains_any(c.text, q.evidence) for c in answer.citations)
            acc += ok
            ev += hit
            if not (ok and hit):
                failures.append(f"  {q.id} [{q.kind}] {q.question!r} -> {answer.text[:120]!r}")
        else:
            ref += answer.refused
            if not answer.refused:
                failures.append(f"  {q.id} [unanswerable] {q.question!r} -> {answer.text[:120]!r}")
    answerable = sum(q.answerable for q in qs)
    return Quality(acc / answerable, ev / answerable, ref / (len(qs) - answerable), tuple(failures))


# (file, accuracy floor, evidence floor, refusal floor): measured 2026-11-22, see README "Quality".
FLOORS = [
    ("evals/seed_questions.jsonl", 0.96, 0.96, 1.00),
    ("evals/holdout_questions.jsonl", 0.86, 0.86, 1.00),
    # Written blind (by someone who saw only the articles, never the answers or the code). First runs:
    # blind 0.810/0.905/0.75, blind2 0.636/0.818/0.50, blind3 0.955/0.909/0.75, blind4 0.773/0.773/0.50,
    # blind5 0.727/0.818/0.75, blind6 0.864/0.909/0.75, blind7 0.909/0.955/0.75, blind8 0.727/0.864/0.75,
    # blind9 0.909/0.955/0.75, blind10 0.727/0.864/0.50, blind11 0.818/0.864/0.75, blind12 0.864/0.864/0.75
    # (six of its questions were seen while it was written), blind13 0.773/0.818/0.50, blind14 0.909/0.909/0.75,
    # blind15 0.955/0.955/1.00, blind16 0.909/0.909/0.75, blind17 0.909/0.909/0.75, blind18 1.000/1.000/1.00,
    # blind19 0.955/0.955/0.75, blind20 0.955/0.955/0.75, blind21 1.000/1.000/0.75, blind22 0.864/0.909/0.75,
    # blind23 1.000/1.000/1.00, blind24 0.955/1.000/1.00, blind25 0.955/0.955/1.00, blind26 0.864/0.909/1.00,
    # blind27 1.000/1.000/0.75, blind28 1.000/1.000/0.50, blind29 1.000/1.000/1.00, blind30 0.955/0.955/0.75,
    # blind31 0.909/1.000/1.00, blind32 1.000/1.000/1.00, blind33 0.864/0.955/0.75, blind34 0.955/0.955/0.75,
    # blind35 0.955/1.000/1.00, blind36 1.000/1.000/0.75, blind37 0.955/0.955/0.75, blind38 0.955/1.000/0.75,
    # blind39 0.818/0.818/1.00, blind40 0.864/0.864/0.75, blind41 1.000/0.955/0.75, blind42 0.864/0.909/1.00,
    # blind43 0.909/0.955/1.00, blind44 0.955/0.955/1.00, blind45 0.818/0.773/1.00, blind46 1.000/1.000/1.00,
    # blind47 0.955/0.955/1.00, blind48 0.955/0.955/1.00, blind49 0.864/0.909/1.00,
    # blind50 0.955/0.955/1.00, blind51 0.909/0.909/1.00, blind52 0.955/1.000/0.75, blind53 0.864/0.864/0.75,
    # blind54 1.000/1.000/1.00, blind55 1.000/1.000/1.00, blind56 0.955/0.955/0.25, blind57 0.909/0.955/0.75,
    # blind58 1.000/1.000/1.00, blind59 1.000/0.955/1.00, blind60 0.909/0.909/1.00, blind61 1.000/1.000/0.75,
    # blind62 0.955/0.955/0.75, blind63 0.929/0.929/0.92, blind64 1.000/1.000/0.83, blind65 1.000/1.000/1.00,
    # blind66 1.000/1.000/0.58, blind67 1.000/1.000/0.67, blind68 1.000/1.000/1.00, blind69 0.929/0.929/0.83,
    # blind70 1.000/1.000/0.58, blind71 1.000/1.000/0.75, blind72 1.000/1.000/0.75, blind73 1.000/1.000/0.58,
    # blind74 0.909/0.909/1.00, blind75 1.000/1.000/0.92, blind76 0.929/1.000/0.75, blind77 0.909/0.909/1.00,
    # blind78 1.000/1.000/0.83, blind79 0.929/1.000/0.83, blind80 1.000/1.000/1.00, blind81 0.929/0.929/1.00,
    # blind82 1.000/1.000/0.92, blind83 0.909/0.909/1.00, blind84 0.857/0.857/0.92, blind85 0.929/0.929/0.92,
    # blind86 0.955/0.955/1.00, blind87 1.000/1.000/0.92, blind88 1.000/1.000/1.00, blind89 0.955/0.955/1.00,
    # blind90 1.000/1.000/0.92, blind91 1.000/1.000/1.00, blind92 0.955/0.955/1.00, blind93 1.000/1.000/1.00,
    # blind94 0.929/1.000/0.75, blind95 0.955/0.955/1.00, blind96 1.000/1.000/1.00, blind97 0.929/1.000/1.00,
    # blind98 1.000/1.000/1.00, blind99 1.000/1.000/1.00, blind100 1.000/1.000/1.00, blind101 0.955/0.955/1.00,
    # blind102 1.000/1.000/0.83, blind103 0.929/0.929/0.92, blind104 0.909/0.955/1.00, blind105 1.000/1.000/1.00,
    # blind106 1.000/1.000/0.92, blind107 1.000/1.000/1.00, blind108 1.000/1.000/1.00, blind109 0.857/0.857/0.92,
    # blind110 0.955/0.955/1.00, blind111 0.929/0.929/1.00, blind112 1.000/1.000/1.00, blind113 0.864/0.909/1.00,
    # blind114 1.000/1.000/0.83, blind115 0.929/0.929/1.00, blind116 1.000/1.000/0.75, blind117 0.929/0.929/0.92,
    # blind118 1.000/1.000/1.00, blind119 0.909/0.955/1.00, blind120 1.000/1.000/1.00, blind121 1.000/1.000/1.00
    # blind122 0.909/0.909/1.00, blind123 1.000/1.000/1.00, blind124 1.000/1.000/1.00, blind125 1.000/1.000/1.00,
    # blind126 1.000/1.000/1.00, blind127 1.000/1.000/1.00, blind128 1.000/1.000/1.00, blind129 0.929/1.000/1.00,
    # blind130 1.000/1.000/1.00, blind131 0.955/0.955/1.00, blind132 0.929/0.929/1.00, blind133 0.929/0.929/0.92
    # blind134 0.955/0.955/1.00, blind135 1.000/1.000/0.92, blind136 1.000/1.000/1.00, blind137 0.955/1.000/1.00,
    # blind138 1.000/1.000/1.00, blind139 1.000/1.000/0.92, blind140 0.955/0.909/1.00, blind141 1.000/1.000/0.92,
    # blind142 1.000/1.000/1.00, blind143 1.000/1.000/1.00, blind144 1.000/1.000/0.92, blind145 1.000/1.000/0.92,
    # blind146 0.955/0.955/1.00, blind147 1.000/1.000/1.00, blind148 1.000/1.000/0.92, blind149 1.000/1.000/1.00,
    # blind150 1.000/1.000/1.00, blind151 0.929/0.929/1.00, blind152 1.000/1.000/1.00, blind153 1.000/1.000/1.00,
    # blind154 1.000/1.000/1.00, blind155 0.955/0.955/0.75, blind156 1.000/1.000/1.00, blind157 1.000/1.000/1.00,
    # blind158 0.864/0.864/1.00, blind159 1.000/1.000/0.92, blind160 1.000/1.000/1.00, blind161 1.000/1.000/0.75,
    # blind162 0.929/1.000/1.00, blind163 1.000/1.000/1.00,
    # blind164 1.000/1.000/0.75, blind165 0.929/0.929/1.00, blind166 1.000/1.000/1.00, blind167 1.000/1.000/1.00,
    # blind168 1.000/1.000/1.00, blind169 1.000/1.000/0.92, blind170 1.000/1.000/1.00, blind171 1.000/1.000/1.00,
    # blind172 0.929/0.929/1.00, blind173 0.955/0.955/1.00, blind174 0.857/0.857/1.00, blind175 1.000/1.000/1.00,
    # blind176 0.955/0.955/1.00, blind177 1.000/1.000/1.00, blind178 0.929/1.000/0.92, blind179 1.000/1.000/1.00,
    # blind180 1.000/1.000/1.00, blind181 1.000/1.000/1.00, blind182 0.955/0.955/1.00, blind183 0.929/1.000/1.00,
    # blind184 1.000/1.000/1.00, blind185 1.000/1.000/1.00, blind186 1.000/1.000/1.00, blind187 0.929/0.929/1.00,
    # blind188 1.000/1.000/1.00, blind189 1.000/1.000/1.00, blind190 1.000/1.000/0.75, blind191 1.000/1.000/1.00,
    # blind192 1.000/1.000/1.00, blind193 1.000/1.000/1.00, blind194 0.955/0.955/1.00, blind195 0.857/0.857/1.00,
    # blind196 0.929/0.929/1.00, blind197 1.000/1.000/1.00, blind198 1.000/1.000/1.00, blind199 0.857/0.929/1.00,
    # blind200 0.818/0.864/1.00, blind201 0.929/0.929/0.83, blind202 0.857/0.857/0.50,
    # blind203 1.000/1.000/1.00, blind204 1.000/0.929/0.58, blind205 0.929/0.929/0.92,
    # blind206 1.000/1.000/1.00, blind207 1.000/1.000/0.75, blind208 1.000/1.000/0.83,
    # blind209 0.955/0.955/1.00, blind210 0.929/0.929/0.83, blind211 1.000/0.929/0.67,
    # blind212 1.000/1.000/1.00, blind213 1.000/0.929/0.75, blind214 1.000/1.000/0.75,
    # blind215 0.909/0.909/1.00, blind216 1.000/0.929/0.75, blind217 0.929/0.857/0.42,
    # blind218 0.909/0.909/0.75, blind219 1.000/1.000/1.00, blind220 1.000/0.929/1.00,
    # blind221 0.818/0.818/1.00, blind222 1.000/1.000/0.75, blind223 1.000/1.000/1.00,
    # blind224 1.000/1.000/0.75, blind225 1.000/1.000/1.00, blind226 1.000/1.000/0.92,
    # blind227 0.955/0.955/1.00, blind228 1.000/1.000/0.83, blind229 1.000/1.000/0.92,
    # blind230 1.000/0.955/1.00, blind231 0.929/0.929/0.67, blind232 1.000/1.000/0.67,
    # blind233 0.955/1.000/1.00, blind234 1.000/1.000/0.67, blind235 1.000/1.000/0.58,
    # blind236 0.955/1.000/1.00, blind237 1.000/1.000/1.00, blind238 0.929/0.929/0.83,
    # blind239 0.864/0.864/1.00, blind240 1.000/1.000/0.75, blind241 1.000/1.000/0.92,
    # blind242 0.955/0.955/1.00, blind243 1.000/1.000/0.83, blind244 0.929/1.000/0.83,
    # blind245 1.000/1.000/1.00, blind246 1.000/1.000/0.83, blind247 1.000/1.000/0.75,
    # blind248 0.955/0.955/0.75, blind249 1.000/1.000/1.00, blind250 1.000/1.000/0.75,
    # blind251 0.909/0.909/0.75, blind252 1.000/1.000/0.83, blind253 0.929/0.929/1.00,
    # blind254 0.864/0.909/1.00, blind255 1.000/1.000/0.83, blind256 1.000/1.000/0.92,
    # blind257 1.000/1.000/1.00, blind258 1.000/1.000/1.00, blind259 1.000/1.000/1.00,
    # blind260 0.955/0.909/1.00, blind261 1.000/1.000/1.00, blind262 1.000/1.000/0.75,
    # blind263 0.955/0.955/1.00, blind264 0.929/0.929/0.83, blind265 1.000/1.000/0.83,
    # blind266 1.000/1.000/1.00, blind267 1.000/1.000/0.83, blind268 1.000/1.000/0.75,
    # blind269 0.955/0.955/1.00, blind270 1.000/1.000/1.00, blind271 1.000/1.000/1.00,
    # blind272 0.955/0.955/1.00, blind273 1.000/1.000/0.83, blind274 1.000/1.000/0.83,
    # blind275 1.000/0.909/1.00, blind276 1.000/1.000/0.92, blind277 1.000/1.000/1.00
    # (blind61, 63, 64, 66, 67, 69, 70, 72, 73, 75, 76, 78, 79, 81, 82, 84, 85, 87, 88, 90, 91, 93, 94, 96, 97, 99, 100, 102, 103, 105, 106, 108, 109, 111, 112, 114, 115, 117, 118, 120, 121, 123, 124, 126, 127, 129, 130, 132, 133, 135, 136, 138, 139, 141, 142, 144, 145, 147, 148, 150, 151, 153, 154, 156, 157, 159, 160, 162, 163, 165, 166, 168, 169, 171, 172, 174, 175, 177, 178, 180, 181, 183, 184, 186, 187, 189, 190, 192, 193, 195, 196, 198, 199, 201, 202, 204, 205, 207, 208, 210, 211, 213, 214, 216, 217, 219, 220, 222, 223, 225, 226, 228, 229, 231, 232, 234, 235, 237, 238, 240, 241, 243, 244, 246, 247, 249, 250, 252, 253, 255, 256, 258, 259, 261, 262, 264, 265, 267, 268, 270, 271, 273, 274, 276 and 277 hold 12 unanswerable questions each: stress tests)
    # (eight questions of blind41-46 were seen in a scan before their first run: see docs/evaluation.md)
    # (README "Quality"); floors at the level measured since.
    ("evals/blind_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind2_questions.jsonl", 0.95, 0.90, 1.00),
    ("evals/blind3_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind4_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind5_questions.jsonl", 0.95, 0.90, 1.00),
    ("evals/blind6_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind7_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind8_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind9_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind10_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind11_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind12_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind13_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind14_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind15_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind16_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind17_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind18_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind19_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind20_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind21_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind22_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind23_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind24_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind25_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind26_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind27_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind28_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind29_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind30_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind31_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind32_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind33_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind34_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind35_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind36_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind37_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind38_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind39_questions.jsonl", 0.90, 0.86, 1.00),
    ("evals/blind40_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind41_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind42_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind43_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind44_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind45_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind46_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind47_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind48_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind49_questions.jsonl", 0.86, 0.90, 1.00),
    ("evals/blind50_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind51_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind52_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind53_questions.jsonl", 0.95, 0.90, 1.00),
    ("evals/blind54_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind55_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind56_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind57_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind58_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind59_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind60_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind61_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind62_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind63_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind64_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind65_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind66_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind67_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind68_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind69_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind70_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind71_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind72_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind73_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind74_questions.jsonl", 0.90, 0.90, 1.00),
    ("evals/blind75_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind76_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind77_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind78_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind79_questions.jsonl", 0.92, 1.00, 1.00),
    ("evals/blind80_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind81_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind82_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind83_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind84_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind85_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind86_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind87_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind88_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind89_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind90_questions.jsonl", 1.00, 1.00, 0.91),
    ("evals/blind91_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind92_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind93_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind94_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind95_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind96_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind97_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind98_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind99_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind100_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind101_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind102_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind103_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind104_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind105_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind106_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind107_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind108_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind109_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind110_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind111_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind112_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind113_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind114_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind115_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind116_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind117_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind118_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind119_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind120_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind121_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind122_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind123_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind124_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind125_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind126_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind127_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind128_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind129_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind130_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind131_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind132_questions.jsonl", 0.92, 0.92, 1.00),
    ("evals/blind133_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind134_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind135_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind136_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind137_questions.jsonl", 0.95, 1.00, 1.00),
    ("evals/blind138_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind139_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind140_questions.jsonl", 0.95, 0.90, 1.00),
    ("evals/blind141_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind142_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind143_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind144_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind145_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind146_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind147_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind148_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind149_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind150_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind151_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind152_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind153_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind154_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind155_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind156_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind157_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind158_questions.jsonl", 0.90, 0.90, 1.00),
    ("evals/blind159_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind160_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind161_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind162_questions.jsonl", 0.92, 1.00, 1.00),
    ("evals/blind163_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind164_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind165_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind166_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind167_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind168_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind169_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind170_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind171_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind172_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind173_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind174_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind175_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind176_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind177_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind178_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind179_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind180_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind181_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind182_questions.jsonl", 0.95, 0.95, 1.00),
    ("evals/blind183_questions.jsonl", 0.92, 1.00, 1.00),
    ("evals/blind184_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind185_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind186_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind187_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind188_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind189_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind190_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind191_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind192_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind193_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind194_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind195_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind196_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind197_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind198_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind199_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind200_questions.jsonl", 0.90, 0.90, 1.00),
    ("evals/blind201_questions.jsonl", 0.92, 0.92, 1.00),
    ("evals/blind202_questions.jsonl", 0.92, 0.92, 1.00),
    ("evals/blind203_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind204_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind205_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind206_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind207_questions.jsonl", 1.00, 1.00, 0.91),
    ("evals/blind208_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind209_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind210_questions.jsonl", 1.00, 1.00, 0.91),
    ("evals/blind211_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind212_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind213_questions.jsonl", 1.00, 1.00, 0.91),
    ("evals/blind214_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind215_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind216_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind217_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind218_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind219_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind220_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind221_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind222_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind223_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind224_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind225_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind226_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind227_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind228_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind229_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind230_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind231_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind232_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind233_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind234_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind235_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind236_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind237_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind238_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind239_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind240_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind241_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind242_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind243_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind244_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind245_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind246_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind247_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind248_questions.jsonl", 1.00, 1.00, 0.75),
    ("evals/blind249_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind250_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind251_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind252_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind253_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind254_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind255_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind256_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind257_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind258_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind259_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind260_questions.jsonl", 1.00, 0.95, 1.00),
    ("evals/blind261_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind262_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind263_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind264_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind265_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind266_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind267_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind268_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind269_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind270_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind271_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind272_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind273_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind274_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind275_questions.jsonl", 1.00, 0.90, 1.00),
    ("evals/blind276_questions.jsonl", 1.00, 1.00, 1.00),
    ("evals/blind277_questions.jsonl", 1.00, 1.00, 1.00),
]


@pytest.mark.parametrize(("name", "accuracy", "evidence", "refusal"), FLOORS)
def test_question_set_quality_does_not_regress(
    seed: qa.Settings, name: str, accuracy: float, evidence: float, refusal: float
) -> None:
    quality = measure(ROOT / name, seed)
    print(f"\n{name}: {quality}")
    assert quality.accuracy >= accuracy, str(quality)
    assert quality.evidence >= evidence, str(quality)
    assert quality.refusal >= refusal, str(quality)


def test_off_topic_questions_are_always_refused(seed: qa.Settings) -> None:
    qs = [q for q in questions.load(ROOT / "evals/seed_questions.jsonl") if not q.answerable]
    off_topic = [q for q in qs if any(w in q.question.lower() for w in ("world cup", "dumplings"))]
    assert off_topic
    for q in off_topic:
        assert qa.ask(q.question, settings=seed).refused, q.question
